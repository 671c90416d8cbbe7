namespace BotCare.Builder;

/// <summary>
/// Runs the turns of one conversation one at a time, in the order they arrived; turns of different conversations
/// still run side by side. Put it first, before the state is loaded: two turns of one conversation running at once
/// would both load the same state and the later save would silently drop the earlier turn's changes (the Bot
/// Framework's concurrent-turn problem). This orders turns within one instance; across instances the ETag on the
/// saved state catches the same race.
/// </summary>
public sealed class ConversationOrderMiddleware : IMiddleware
{
    private readonly Dictionary<string, Queue<TaskCompletionSource>> _waiting = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How many conversations have a turn running now (for tests and diagnostics).</summary>
    public int ActiveConversations
    {
        get
        {
            lock (_lock)
            {
                return _waiting.Count;
            }
        }
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            await next(cancellationToken);
            return;
        }

        var key = $"{activity.ChannelId}/{activity.Conversation.Id}";
        var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task myTurn;
        lock (_lock)
        {
            if (_waiting.TryGetValue(key, out var queue))
            {
                // Another turn of this conversation runs: wait until the one before this finishes.
                queue.Enqueue(turn);
                myTurn = turn.Task;
            }
            else
            {
                _waiting[key] = new Queue<TaskCompletionSource>();
                myTurn = Task.CompletedTask;
            }
        }

        try
        {
            await myTurn.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Given up while waiting: the turn ahead hands over past this one (see Release). If the turn had
            // been handed to this one just then, pass it on, or the conversation would wait forever.
            if (!turn.TrySetCanceled(cancellationToken))
            {
                Release(key);
            }

            throw;
        }

        try
        {
            await next(cancellationToken);
        }
        finally
        {
            Release(key);
        }
    }

    /// <summary>Starts the next waiting turn of the conversation, or forgets the conversation when none waits.</summary>
    private void Release(string key)
    {
        lock (_lock)
        {
            var queue = _waiting[key];
            while (queue.TryDequeue(out var next))
            {
                if (next.TrySetResult())
                {
                    return;
                }
            }

            _waiting.Remove(key);
        }
    }
}
