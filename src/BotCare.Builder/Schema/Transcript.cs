namespace BotCare.Builder;

/// <summary>A list of activities, e.g. the conversation so far, attached to a handoff request.</summary>
public sealed class Transcript
{
    public Transcript()
    {
    }

    public Transcript(IList<Activity> activities)
    {
        Activities = activities;
    }

    public IList<Activity> Activities { get; set; } = [];
}
