namespace BotCare.Builder;

/// <summary>
/// Reasons carried in a <see cref="HandoffStatus"/>'s <c>message</c> that the dialogs answer differently from a plain
/// failure. BotCare's own names, inside the SDK's <see cref="HandoffStates.Failed"/> state, so any hub's failure still
/// reads as one.
/// </summary>
public static class HandoffReasons
{
    /// <summary>The customer chose, while waiting, to be contacted later instead of waiting for a person.</summary>
    public const string ContactLater = "The customer chose to be contacted later.";
}
