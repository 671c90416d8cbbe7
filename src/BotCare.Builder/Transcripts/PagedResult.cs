namespace BotCare.Builder;

/// <summary>One page of results; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed class PagedResult<T>
{
    public T[] Items { get; set; } = [];

    public string? ContinuationToken { get; set; }
}
