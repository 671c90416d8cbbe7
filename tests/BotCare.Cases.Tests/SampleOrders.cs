using Microsoft.Extensions.Time.Testing;

namespace BotCare.Cases.Tests;

/// <summary>The bundled sample orders, seen on a fixed day.</summary>
internal static class SampleOrders
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    public static readonly IOrderLookup Lookup = new JsonFileOrderLookup(
        Path.Combine(AppContext.BaseDirectory, "SampleData", "orders.json"),
        new FakeTimeProvider(Now));

    public static OrderRecord Get(string orderNumber) =>
        Lookup.FindAsync(orderNumber).GetAwaiter().GetResult() ?? throw new InvalidOperationException($"No sample order {orderNumber}.");
}
