namespace BotCare.Channels;

/// <summary>The Direct Line 3.0 server's settings, from the <c>DirectLine</c> section.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret for server-to-server clients (<c>tokens/generate</c>); it also signs tokens. When
    /// empty, a random secret is generated once and kept in <see cref="SecretFile"/>, which is fine for one
    /// instance; several instances must share a configured secret.
    /// </summary>
    public string? Secret { get; set; }

    public string SecretFile { get; set; } = ".data/directline.secret";

    /// <summary>Web origins allowed to embed the chat (CORS), e.g. <c>https://www.example.com</c>.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Token lifetime; DirectLineJS refreshes every 15 minutes assuming 30.</summary>
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>How often an idle WebSocket gets an empty keep-alive frame.</summary>
    public int KeepAliveSeconds { get; set; } = 20;

    /// <summary>
    /// How often an open stream re-reads its conversation although this instance saw no change. Changes written by
    /// another instance arrive at once as signals (PostgreSQL LISTEN/NOTIFY); this look is the safety net for a
    /// signal lost while the listening connection was reconnecting.
    /// </summary>
    public int StreamRecheckSeconds { get; set; } = 10;

    /// <summary>What a customer is told when their message cannot be saved because storage is down.</summary>
    public string StorageDownMessage { get; set; } =
        "I'm sorry, we're having a technical problem and I couldn't save your last message. It has been passed to our team, " +
        "and a person will get back to you. Please try again in a few minutes.";

    public string BotId { get; set; } = "botcare";

    public string BotName { get; set; } = "BotCare";
}
