using BotCare.Builder;

namespace BotCare.Dialogs;

/// <summary>
/// The event a follow-up turn runs on: BotCare's scheduler sends it into the customer's conversation when a follow-up
/// commitment falls due, and the recovery dialog answers it with the check-in (playbook step 17).
/// </summary>
public sealed record FollowUpRequest(string CommitmentId)
{
    public const string EventName = "botcare.followUp";

    /// <summary>
    /// The request an activity carries, or null when it is not a follow-up event. A Direct Line client can post any
    /// event, so a value of the wrong shape is no request rather than a failed turn.
    /// </summary>
    public static FollowUpRequest? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is not { Type: ActivityTypes.Event, Name: EventName })
        {
            return null;
        }

        try
        {
            return BotJson.Convert<FollowUpRequest>(activity.Value) is { CommitmentId.Length: > 0 } request ? request : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The event for <paramref name="commitmentId"/>, on the continuation activity of the customer's conversation.</summary>
    public static Activity Event(Activity continuation, string commitmentId)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        continuation.Type = ActivityTypes.Event;
        continuation.Name = EventName;
        continuation.Value = new FollowUpRequest(commitmentId);
        return continuation;
    }
}
