namespace BotCare.Web;

/// <summary>What one store gave up: how many records and which (keys and ids with personal identifiers hashed).</summary>
public sealed class ErasureStoreResult
{
    public string Store { get; set; } = string.Empty;

    public int Removed { get; set; }

    public List<string> Items { get; set; } = [];
}
