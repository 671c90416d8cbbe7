namespace BotCare.Builder;

/// <summary>A programmatic action accompanying a user request.</summary>
public sealed class SemanticAction
{
    public string? Id { get; set; }

    public string? State { get; set; }

    public IDictionary<string, Entity>? Entities { get; set; }
}
