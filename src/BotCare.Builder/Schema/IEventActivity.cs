namespace BotCare.Builder;

/// <summary>A named, one-way signal with a value (e.g. <c>handoff.status</c>).</summary>
public interface IEventActivity : IActivity
{
    string? Name { get; set; }

    object? Value { get; set; }

    ConversationReference? RelatesTo { get; set; }
}
