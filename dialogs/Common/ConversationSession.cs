namespace BotCare.Dialogs;

/// <summary>
/// Which version of the dialogs saved this conversation's dialog stack, and when the customer last wrote: a stack
/// from other dialogs, or a conversation left for longer than the idle time, is not resumed but started afresh.
/// </summary>
public sealed class ConversationSession
{
    public int DialogsVersion { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }
}
