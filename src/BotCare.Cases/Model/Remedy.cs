using System.Text.Json.Serialization;

namespace BotCare.Cases;

/// <summary>What the business gives: one or more items (a rebooked visit and a $75 credit).</summary>
public sealed class Remedy
{
    public Remedy()
    {
    }

    public Remedy(params RemedyItem[] items)
    {
        Items = [.. items];
    }

    public List<RemedyItem> Items { get; set; } = [];

    [JsonIgnore]
    public bool IsEmpty => Items.Count == 0 || Items.All(i => i.Type == RemedyType.None);

    /// <summary>The main item: the first one.</summary>
    [JsonIgnore]
    public RemedyType PrimaryType => Items.Count > 0 ? Items[0].Type : RemedyType.None;

    public bool Includes(RemedyType type) => Items.Any(i => i.Type == type);

    public Remedy With(RemedyItem item) => new([.. Items, item]);

    public override string ToString() => string.Join(" + ", Items);
}
