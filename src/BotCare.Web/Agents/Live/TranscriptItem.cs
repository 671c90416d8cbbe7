using BotCare.Builder;
using BotCare.Handoff;

namespace BotCare.Web;

/// <summary>
/// One line of a chat as the console shows it. <paramref name="Text"/> is the customer's or an agent's own words: data,
/// encoded by whoever shows it.
/// </summary>
/// <param name="Id">The activity id (the key a console de-duplicates by) or the note id.</param>
/// <param name="Kind"><c>customer</c>, <c>bot</c>, <c>agent</c> or <c>note</c> (internal, never sent to the customer).</param>
/// <param name="Name">Who wrote it, when known.</param>
/// <param name="Text">What was written.</param>
/// <param name="At">When.</param>
public sealed record TranscriptItem(string Id, string Kind, string? Name, string Text, DateTimeOffset? At)
{
    /// <summary>The line for a message activity; null for anything without text (typing, events, cards without text).</summary>
    public static TranscriptItem? From(IActivity activity, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is not IMessageActivity { Type: ActivityTypes.Message, Text: { } text } || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = id ?? activity.Id ?? $"{activity.Timestamp?.ToUnixTimeMilliseconds()}-{text.GetHashCode(StringComparison.Ordinal)}";
        if (activity.From?.Role == RoleTypes.User)
        {
            return new TranscriptItem(key, "customer", activity.From.Name, text, activity.Timestamp);
        }

        return AgentAuthorship.Of(activity) is { } agent
            ? new TranscriptItem(key, "agent", agent.Name, text, activity.Timestamp)
            : new TranscriptItem(key, "bot", "BotCare", text, activity.Timestamp);
    }

    public static TranscriptItem From(Cases.AgentNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new TranscriptItem(note.Id, "note", note.AgentName, note.Text, note.At);
    }
}
