namespace BotCare.Builder;

/// <summary>Records the activities of conversations.</summary>
public interface ITranscriptLogger
{
    Task LogActivityAsync(IActivity activity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records several activities in the order given. A database store writes them in one go, so a turn pays for one
    /// write instead of one per reply; the default writes them one after the other.
    /// </summary>
    async Task LogActivitiesAsync(IReadOnlyList<IActivity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        foreach (var activity in activities)
        {
            await LogActivityAsync(activity, cancellationToken);
        }
    }
}
