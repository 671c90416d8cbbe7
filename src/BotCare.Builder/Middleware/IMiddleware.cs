namespace BotCare.Builder;

/// <summary>
/// A step of the turn pipeline. It may work before and after calling <c>next</c>, or end the turn by not
/// calling it (e.g. the handoff router keeps a customer's message away from the dialogs while an agent owns
/// the chat).
/// </summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}
