namespace BotCare.Web;

/// <summary>A ready-made reply an agent inserts and edits before sending (<c>Agents:CannedResponses</c>).</summary>
public sealed class CannedResponse
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}
