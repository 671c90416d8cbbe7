namespace BotCare.Cases;

/// <summary>A filter over cases.</summary>
public sealed record CaseQuery
{
    public CaseStatus? Status { get; init; }

    public string? CustomerId { get; init; }

    public string? OrderNumber { get; init; }

    public DateTimeOffset? UpdatedSince { get; init; }

    /// <summary>Only cases created at or after this instant (a report's period starts here).</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Only cases created before this instant (exclusive, so consecutive periods never share a case).</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    public int Limit { get; init; } = 100;

    public bool Matches(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return (Status is null || @case.Status == Status)
            && (CustomerId is null || @case.Customer.Id == CustomerId)
            && (OrderNumber is null || string.Equals(@case.OrderNumber, OrderNumber, StringComparison.OrdinalIgnoreCase))
            && (UpdatedSince is null || @case.UpdatedAt >= UpdatedSince)
            && (CreatedFrom is null || @case.CreatedAt >= CreatedFrom)
            && (CreatedBefore is null || @case.CreatedAt < CreatedBefore);
    }
}
