namespace BotCare.Builder;

/// <summary>Records the activities of conversations.</summary>
public interface ITranscriptLogger
{
    Task LogActivityAsync(IActivity activity, CancellationToken cancellationToken = default);
}
