using System.Text.Json;

namespace BotCare.Cases;

/// <summary>
/// Orders from a JSON file, for demos and tests. Dates may be absolute (<c>placedAt</c>) or relative to today
/// (<c>placedDaysAgo</c>), so sample orders stay realistic whatever day the demo runs.
/// </summary>
public sealed class JsonFileOrderLookup : IOrderLookup
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, SampleOrder> _orders;
    private readonly TimeProvider _clock;

    public JsonFileOrderLookup(string path, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _clock = clock ?? TimeProvider.System;
        var orders = JsonSerializer.Deserialize<List<SampleOrder>>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidDataException($"The order file '{path}' holds no orders.");
        _orders = orders.ToDictionary(o => Normalize(o.OrderNumber), StringComparer.OrdinalIgnoreCase);
    }

    public Task<OrderRecord?> FindAsync(string orderNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderNumber);
        var order = _orders.GetValueOrDefault(Normalize(orderNumber));
        return Task.FromResult(order?.ToRecord(_clock.GetUtcNow()));
    }

    /// <summary>Customers write "#48213", "order 48213" or "A-77120"; the key is the bare number.</summary>
    private static string Normalize(string orderNumber) => orderNumber.Trim().TrimStart('#').ToUpperInvariant();

    private sealed class SampleOrder
    {
        public string OrderNumber { get; set; } = string.Empty;

        public string? CustomerId { get; set; }

        public string? CustomerName { get; set; }

        public string Currency { get; set; } = "USD";

        public string Status { get; set; } = "placed";

        public List<OrderLine> Lines { get; set; } = [];

        public DateTimeOffset? PlacedAt { get; set; }

        public double? PlacedDaysAgo { get; set; }

        public DateTimeOffset? PromisedBy { get; set; }

        public double? PromisedDaysAgo { get; set; }

        public DateTimeOffset? DeliveredAt { get; set; }

        public double? DeliveredDaysAgo { get; set; }

        public bool ProofOfDelivery { get; set; }

        public int Charges { get; set; } = 1;

        public List<string> Incidents { get; set; } = [];

        public int PriorClaims { get; set; }

        public decimal CustomerLifetimeValue { get; set; }

        public OrderRecord ToRecord(DateTimeOffset now) => new()
        {
            OrderNumber = OrderNumber,
            CustomerId = CustomerId,
            CustomerName = CustomerName,
            Currency = Currency,
            Status = Status,
            Lines = Lines,
            PlacedAt = When(PlacedAt, PlacedDaysAgo, now) ?? now,
            PromisedBy = When(PromisedBy, PromisedDaysAgo, now),
            DeliveredAt = When(DeliveredAt, DeliveredDaysAgo, now),
            ProofOfDelivery = ProofOfDelivery,
            Charges = Charges,
            Incidents = Incidents,
            PriorClaims = PriorClaims,
            CustomerLifetimeValue = CustomerLifetimeValue,
        };

        private static DateTimeOffset? When(DateTimeOffset? absolute, double? daysAgo, DateTimeOffset now) =>
            absolute ?? (daysAgo is { } days ? now.AddDays(-days) : null);
    }
}
