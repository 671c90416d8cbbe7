namespace BotCare.Builder;

/// <summary>
/// Shows "typing" to the user while a message turn takes longer than <c>delay</c>, repeated every
/// <c>period</c>, so a slow answer does not look like a dead bot. Typing goes straight to the adapter: it does
/// not count as a response and does not pass through the turn's send hooks.
/// </summary>
public sealed class ShowTypingMiddleware : IMiddleware
{
    private readonly TimeSpan _delay;
    private readonly TimeSpan _period;

    public ShowTypingMiddleware(int delay = 500, int period = 2000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(delay);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(period);
        _delay = TimeSpan.FromMilliseconds(delay);
        _period = TimeSpan.FromMilliseconds(period);
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        // With expectReplies every reply goes back in the one HTTP response, so typing would only arrive
        // after the answer it announces.
        if (turnContext.Activity.Type != ActivityTypes.Message || turnContext.Activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            await next(cancellationToken);
            return;
        }

        using var stopTyping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = SendTypingAsync(turnContext, stopTyping.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await stopTyping.CancelAsync();
            await typing;
        }
    }

    private async Task SendTypingAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            // Most turns finish before the delay: waiting without throwing on cancellation keeps them cheap.
            await Task.Delay(_delay, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (!cancellationToken.IsCancellationRequested)
            {
                var typing = new Activity(ActivityTypes.Typing) { RelatesTo = turnContext.Activity.RelatesTo }
                    .ApplyConversationReference(turnContext.Activity.GetConversationReference());
                await turnContext.Adapter.SendActivitiesAsync(turnContext, [typing], cancellationToken);
                await Task.Delay(_period, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn finished while typing was being sent: stop quietly.
        }
        catch (Exception)
        {
            // Typing is cosmetic; a channel refusing it must not fail the customer's turn.
        }
    }
}
