namespace BotCare.Cases;

/// <summary>Everything the policy weighs a request against.</summary>
public sealed record RemedyContext
{
    public required RemedyRequest Request { get; init; }

    /// <summary>The main kind of problem (the first issue's, unless the dialog knows better).</summary>
    public required IssueCategory Category { get; init; }

    public OrderRecord? Order { get; init; }

    /// <summary>Claims the customer made that the order record can check.</summary>
    public IReadOnlyList<CustomerClaim> Claims { get; init; } = [];

    /// <summary>The case so far: earlier requests and offers.</summary>
    public Case? Case { get; init; }

    /// <summary>The customer's current anger, 0 to 1.</summary>
    public double Anger { get; init; }

    public required DateTimeOffset Now { get; init; }
}
