namespace BotCare.Builder;

/// <summary>
/// One cross-instance signal: a <paramref name="Topic"/> (who should care, such as <c>directline</c>), the
/// conversation it is about, and an optional small payload (a typing activity as JSON). Payloads travel through
/// the database's notification channel, which limits their size; <see cref="MaxPayloadLength"/> is the bound,
/// and a larger payload is dropped from the signal (the listener then re-reads the store).
/// </summary>
public sealed record InstanceSignal(string Topic, string ConversationId, string? Payload = null)
{
    /// <summary>PostgreSQL allows 8000 bytes per notification; this leaves room for the envelope.</summary>
    public const int MaxPayloadLength = 6000;
}
