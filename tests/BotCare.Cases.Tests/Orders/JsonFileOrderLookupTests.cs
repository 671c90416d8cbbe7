namespace BotCare.Cases.Tests.Orders;

public sealed class JsonFileOrderLookupTests
{
    [Theory]
    [InlineData("48213")]
    [InlineData("#48213")]
    [InlineData(" 48213 ")]
    public async Task FindsAnOrderHoweverTheCustomerWroteItsNumber(string number)
    {
        var order = await SampleOrders.Lookup.FindAsync(number);
        Assert.Equal("dinner plates (set of 12)", order!.MainProduct);
    }

    [Fact]
    public async Task RelativeDatesAreCountedBackFromToday()
    {
        var order = (await SampleOrders.Lookup.FindAsync("48213"))!;
        Assert.Equal(SampleOrders.Now.AddDays(-2), order.DeliveredAt);
        Assert.Equal(SampleOrders.Now.AddDays(-9), order.PromisedBy);
        Assert.True(order.CompanyAtFault);
        Assert.Equal(new Money(89m, "USD"), order.Total);
    }

    [Fact]
    public async Task AnUnknownOrderIsNull()
    {
        Assert.Null(await SampleOrders.Lookup.FindAsync("99999"));
    }

    [Fact]
    public void AnOrderDeliveredOnTimeWithNoIncidentIsNotTheCompanysFault()
    {
        Assert.False(SampleOrders.Get("10042").CompanyAtFault);
    }
}
