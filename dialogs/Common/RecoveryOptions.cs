using BotCare.Cases;

namespace BotCare.Dialogs;

/// <summary>How the recovery conversation behaves, from the <c>Recovery</c> section of appsettings.json.</summary>
public sealed class RecoveryOptions
{
    public const string SectionName = "Recovery";

    /// <summary>How many "anything else?" rounds the bot listens for before moving on.</summary>
    public int MaxListenRounds { get; set; } = 5;

    /// <summary>How many times the customer may correct the repeated-back story before a person takes over.</summary>
    public int MaxRepeatBackCorrections { get; set; } = 2;

    /// <summary>Anger (0 to 1) at or above which a rising trend hands the chat to a person.</summary>
    public double EscalateWhenAngerRisesAbove { get; set; } = 0.6;

    /// <summary>
    /// Days after acting on a remedy when the bot checks in with the customer (playbook step 17), per remedy type. Whole
    /// days mean 10 am on that day; less than a day (0.25 = six hours) means that long after the remedy.
    /// </summary>
    public Dictionary<RemedyType, double> FollowUpDays { get; set; } = new()
    {
        [RemedyType.Replacement] = 3,
        [RemedyType.Refund] = 5,
        [RemedyType.Repair] = 7,
        [RemedyType.Redo] = 1,
        [RemedyType.Credit] = 7,
        [RemedyType.Cancellation] = 5,
    };

    /// <summary>How many follow-ups one case gets at most; a later follow-up commitment of the same case is not sent.</summary>
    public int MaxFollowUpsPerCase { get; set; } = 1;

    /// <summary>
    /// A complaint about an order that already had a case within this many days is a recontact: the earlier case is
    /// linked and the chat goes to a person with priority, because the first remedy did not put it right.
    /// </summary>
    public int RecontactWindowDays { get; set; } = 30;

    /// <summary>The team named when the bot promises that people will follow up.</summary>
    public string TeamName { get; set; } = "customer care team";

    /// <summary>A conversation quiet for longer than this starts afresh, with a new greeting, the next time the customer writes.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(24);
}
