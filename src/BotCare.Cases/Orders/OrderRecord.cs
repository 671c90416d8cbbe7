using System.Text.Json.Serialization;

namespace BotCare.Cases;

/// <summary>What the company's systems know about an order.</summary>
public sealed class OrderRecord
{
    public string OrderNumber { get; set; } = string.Empty;

    public string? CustomerId { get; set; }

    public string? CustomerName { get; set; }

    public string Currency { get; set; } = "USD";

    public List<OrderLine> Lines { get; set; } = [];

    /// <summary><c>placed</c>, <c>shipped</c>, <c>delivered</c>, <c>cancelled</c>, or <c>scheduled</c> for a service visit.</summary>
    public string Status { get; set; } = "placed";

    public DateTimeOffset PlacedAt { get; set; }

    /// <summary>When delivery (or the service visit) was promised.</summary>
    public DateTimeOffset? PromisedBy { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Whether the delivery was signed for or photographed.</summary>
    public bool ProofOfDelivery { get; set; }

    /// <summary>How many times the customer was charged for this order.</summary>
    public int Charges { get; set; } = 1;

    /// <summary>Failures the company already recorded (<c>late-delivery</c>, <c>damaged-in-transit</c>, <c>technician-no-show</c>...).</summary>
    public List<string> Incidents { get; set; } = [];

    /// <summary>Complaints already made about this order before this conversation.</summary>
    public int PriorClaims { get; set; }

    /// <summary>What the customer has spent with the company in all, for goodwill decisions.</summary>
    public decimal CustomerLifetimeValue { get; set; }

    [JsonIgnore]
    public Money Total => new(Lines.Sum(l => l.UnitPrice * l.Quantity), Currency);

    /// <summary>The company is clearly at fault when it recorded a failure or delivered after the promised date.</summary>
    [JsonIgnore]
    public bool CompanyAtFault => Incidents.Count > 0 || (DeliveredAt is { } delivered && PromisedBy is { } promised && delivered > promised);

    [JsonIgnore]
    public string MainProduct => Lines.Count > 0 ? Lines[0].Product : "order";
}
