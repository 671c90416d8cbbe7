using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotCare.Builder;

/// <summary>
/// The Bot Framework scale-out pattern, for a conversation whose messages may land on any of several instances:
/// load the conversation state with its ETag, run the turn with its replies held back, save only if the ETag still
/// matches, send the replies only after the save, and on a conflict (another instance saved first) run the turn
/// again on the newer state. It also answers a redelivered activity once: the <see cref="TurnJournal"/> saved with
/// the state says it was processed, so its replies are replayed (to a client reading them from the response) or
/// nothing is sent, and the bot never runs on it twice. Once the replies are out it marks the turn answered
/// (<see cref="TurnContext.Answered"/>), so the channel need not wait for what outer middleware does afterwards.
/// Place it after the per-conversation ordering, before the bot.
/// </summary>
public sealed class ConsistentTurnMiddleware : IMiddleware
{
    /// <summary>Conflicts need two instances racing on one conversation; five in a row means something else is wrong.</summary>
    public const int DefaultMaxAttempts = 5;

    private const string RedeliveryKey = "BotCare.Redelivery";

    private readonly BotState _conversationState;
    private readonly IStatePropertyAccessor<TurnJournal> _journal;
    private readonly int _maxAttempts;
    private readonly ILogger _logger;

    public ConsistentTurnMiddleware(BotState conversationState, int maxAttempts = DefaultMaxAttempts, ILogger<ConsistentTurnMiddleware>? logger = null)
    {
        _conversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxAttempts);
        _journal = conversationState.CreateProperty<TurnJournal>("turnJournal");
        _maxAttempts = maxAttempts;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext is not TurnContext turn)
        {
            // A wrapped context cannot hold its replies: run and save, as auto-save would.
            await next(cancellationToken);
            await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
            return;
        }

        var key = TurnJournal.KeyOf(turn.Activity);
        var checkpoint = turn.Checkpoint();
        for (var attempt = 1; ; attempt++)
        {
            await _conversationState.LoadAsync(turn, force: attempt > 1, cancellationToken);
            var journal = await _journal.GetAsync(turn, () => new TurnJournal(), cancellationToken);
            if (key is not null && journal.HasProcessed(key))
            {
                await AnswerRedeliveryAsync(turn, journal, key, cancellationToken);
                turn.MarkAnswered();
                return;
            }

            turn.HoldReplies();
            try
            {
                await next(cancellationToken);
                if (key is not null)
                {
                    journal.Record(key, turn.Activity.DeliveryMode == DeliveryModes.ExpectReplies ? turn.HeldReplies : null);
                }

                await _conversationState.SaveChangesAsync(turn, false, cancellationToken);
            }
            catch (ETagConflictException conflict) when (attempt < _maxAttempts)
            {
                _logger.LogInformation(conflict, "Conversation {ConversationId} was saved by another turn meanwhile; running this turn again (attempt {Attempt}).", turn.Activity.Conversation?.Id, attempt + 1);

                // The discarded run's own writes land before the re-run's, so the re-run's are the ones that stay.
                await TurnWrites.WhenWrittenAsync(turn);
                turn.Restore(checkpoint);
                continue;
            }
            catch
            {
                // Nothing the failed turn said goes out; the error handler speaks for it, unheld.
                turn.DiscardHeldReplies();
                throw;
            }

            await turn.ReleaseHeldRepliesAsync(cancellationToken);

            // The case and the other writes the turn queued landed in the state's commit; a failure among them still
            // belongs to this turn's answer (the error handler's apology), so they are awaited before it is final.
            await TurnWrites.WhenWrittenAsync(turn);
            turn.MarkAnswered();
            return;
        }
    }

    /// <summary>
    /// Whether this turn is a redelivery of an activity already processed: the bot did not run, and whatever it
    /// replays was recorded when the activity was first answered (a transcript leaves such a turn out).
    /// </summary>
    public static bool IsRedelivery(ITurnContext turnContext) =>
        turnContext?.TurnState.TryGetValue(RedeliveryKey, out var marked) == true && marked is true;

    private async Task AnswerRedeliveryAsync(TurnContext turn, TurnJournal journal, string key, CancellationToken cancellationToken)
    {
        turn.TurnState[RedeliveryKey] = true;
        var isNewest = journal.Processed.Count > 0 && journal.Processed[^1] == key;
        var replay = isNewest && turn.Activity.DeliveryMode == DeliveryModes.ExpectReplies ? journal.LastReplies : null;
        _logger.LogInformation(
            "Activity {ActivityId} in conversation {ConversationId} was already processed; {Replayed} replies replayed, the bot does not run again.",
            turn.Activity.Id,
            turn.Activity.Conversation?.Id,
            replay?.Count ?? 0);
        if (replay is { Count: > 0 })
        {
            var reference = turn.Activity.GetConversationReference();
            await turn.SendWithoutHooksAsync(replay.Select(r => r.Clone().ApplyConversationReference(reference)).ToList(), cancellationToken);
        }
    }
}
