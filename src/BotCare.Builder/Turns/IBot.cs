namespace BotCare.Builder;

/// <summary>A bot: handles one turn (one incoming activity and everything it sends in response).</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
