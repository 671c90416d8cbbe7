namespace BotCare.Web.Tests;

/// <summary>A bot that does whatever a test tells it, in place of the recovery bot.</summary>
internal sealed class ScriptedBot(BotCallbackHandler onTurn) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => onTurn(turnContext, cancellationToken);
}
