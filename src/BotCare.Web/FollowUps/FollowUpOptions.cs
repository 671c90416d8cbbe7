namespace BotCare.Web;

/// <summary>
/// How BotCare follows up on remedies, from the <c>FollowUps</c> section of appsettings.json. When a follow-up is due
/// per remedy type is <c>Recovery:FollowUpDays</c>; how many one case gets is <c>Recovery:MaxFollowUpsPerCase</c>.
/// </summary>
public sealed class FollowUpOptions
{
    public const string SectionName = "FollowUps";

    /// <summary>Whether this instance sends follow-ups. Any number of instances may; each follow-up goes out once.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the scheduler looks for follow-ups that are due.</summary>
    public int CheckEverySeconds { get; set; } = 30;

    /// <summary>How many due follow-ups one pass takes at most.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a follow-up taken by an instance is its own; if the instance dies, another takes it after this.</summary>
    public int LeaseMinutes { get; set; } = 5;

    /// <summary>No follow-up is sent from this time (the company's time zone, <c>BusinessHours:TimeZone</c>)...</summary>
    public TimeOnly QuietFrom { get; set; } = new(20, 0);

    /// <summary>...until this time; one due in between waits for it.</summary>
    public TimeOnly QuietUntil { get; set; } = new(9, 0);

    /// <summary>
    /// At most this many follow-ups a minute per channel from one instance, well inside what Teams and Slack allow a
    /// bot, so a morning of due follow-ups does not trip the channel's rate limit; the rest wait for the next pass.
    /// </summary>
    public int MaxPerMinutePerChannel { get; set; } = 30;

    /// <summary>A follow-up that could not go out (the chat is with a person, the channel failed) is tried again after this.</summary>
    public int RetryAfterMinutes { get; set; } = 60;

    /// <summary>After this many failed tries the follow-up is given up (marked broken) for people to see.</summary>
    public int MaxDeliveryAttempts { get; set; } = 5;
}
