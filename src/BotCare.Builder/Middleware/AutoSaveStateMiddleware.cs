namespace BotCare.Builder;

/// <summary>Saves the given states after each turn, when they changed.</summary>
public sealed class AutoSaveStateMiddleware : IMiddleware
{
    public AutoSaveStateMiddleware(params BotState[] botStates)
    {
        BotStateSet = new BotStateSet(botStates);
    }

    public AutoSaveStateMiddleware(BotStateSet botStateSet)
    {
        BotStateSet = botStateSet ?? throw new ArgumentNullException(nameof(botStateSet));
    }

    public BotStateSet BotStateSet { get; }

    public AutoSaveStateMiddleware Add(BotState botState)
    {
        BotStateSet.Add(botState);
        return this;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        await next(cancellationToken);
        await BotStateSet.SaveAllChangesAsync(turnContext, false, cancellationToken);
    }
}
