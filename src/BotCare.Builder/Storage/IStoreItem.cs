namespace BotCare.Builder;

/// <summary>A stored value that takes part in optimistic concurrency through its ETag (wire name <c>eTag</c>).</summary>
public interface IStoreItem
{
    string? ETag { get; set; }
}
