namespace BotCare.Understanding.Tests.Extraction;

public sealed class ComplaintExtractorTests
{
    private static readonly DateTime Monday = new(2026, 11, 23, 10, 0, 0);

    [Theory]
    [InlineData("order 48213 arrived a week late", "48213")]
    [InlineData("my order #A-77120 is wrong", "A-77120")]
    [InlineData("Order number: 10042", "10042")]
    [InlineData("re #55001", "55001")]
    [InlineData("booking 55001", "55001")]
    [InlineData("the order number is 90001", "90001")]
    public void FindsOrderNumbers(string text, string expected)
    {
        Assert.Equal([expected], ComplaintExtractor.OrderNumbers(text));
    }

    [Theory]
    [InlineData("call me on 555-123-4567")]
    [InlineData("I paid $48213")]
    [InlineData("it has been 10042 minutes")]
    public void OtherNumbersAreNotOrderNumbers(string text)
    {
        Assert.Empty(ComplaintExtractor.OrderNumbers(text));
    }

    [Fact]
    public void FindsProductsLongestNameFirstInTheOrderMentioned()
    {
        Assert.Equal(["coffee machine", "mugs"], ComplaintExtractor.Products("the coffee machine leaked all over my mugs"));
        Assert.Equal(["headphones"], ComplaintExtractor.Products("the headphones i ordered stopped charging"));
        Assert.Empty(ComplaintExtractor.Products("the tone of your agent was awful"));
    }

    [Fact]
    public void FindsAmountsAndDates()
    {
        var extraction = ComplaintExtractor.Extract("I paid $129.99 last Friday and it broke 3 days ago", Monday);
        var amount = Assert.Single(extraction.Amounts);
        Assert.Equal((129.99m, "USD"), (amount.Amount, amount.Currency));
        Assert.Equal(["2026-11-20", "2026-11-20"], extraction.Dates.Select(d => d.Value));
    }

    [Theory]
    [InlineData("I want my money back", RemedyKind.Refund, null, null)]
    [InlineData("I want half my money back", RemedyKind.Refund, null, 0.5)]
    [InlineData("give me a full refund", RemedyKind.Refund, null, 1.0)]
    [InlineData("refund me $20 please", RemedyKind.Refund, 20.0, null)]
    [InlineData("I want $500 for my lost wages", RemedyKind.Compensation, 500.0, null)]
    [InlineData("just send me a new one", RemedyKind.Replacement, null, null)]
    [InlineData("can you fix it", RemedyKind.Repair, null, null)]
    [InlineData("a $25 voucher would do", RemedyKind.DiscountOrCredit, 25.0, null)]
    [InlineData("cancel my order", RemedyKind.Cancel, null, null)]
    public void ReadsWhatTheCustomerAsksFor(string text, RemedyKind kind, double? amount, double? share)
    {
        var ask = ComplaintExtractor.Extract(text, Monday).Remedy;
        Assert.NotNull(ask);
        Assert.Equal(kind, ask.Kind);
        Assert.Equal(amount is null ? null : (decimal)amount, ask.Amount);
        Assert.Equal(share is null ? null : (decimal)share, ask.ShareOfOrder);
    }

    [Fact]
    public void ACreditCardIsNotACredit()
    {
        Assert.Null(ComplaintExtractor.Extract("you charged my credit card", Monday).Remedy);
    }

    [Fact]
    public void FallsBackOnTheClassifiersAskWhenTheWordsNameNone()
    {
        var intent = ComplaintClassifier.Default.Classify("i just want ones that work");
        var ask = ComplaintExtractor.Extract("i just want ones that work", Monday, intent).Remedy;
        Assert.Equal(RemedyKind.Replacement, ask!.Kind);
    }

    [Theory]
    [InlineData("my parcel never arrived", ClaimKind.NotDelivered)]
    [InlineData("it still hasn't arrived", ClaimKind.NotDelivered)]
    [InlineData("you charged me twice", ClaimKind.ChargedTwice)]
    [InlineData("I was double charged", ClaimKind.ChargedTwice)]
    [InlineData("the plates arrived smashed", ClaimKind.ArrivedDamaged)]
    [InlineData("you sent the wrong size", ClaimKind.WrongItem)]
    [InlineData("your technician never showed up", ClaimKind.AppointmentMissed)]
    [InlineData("it came a week late", ClaimKind.DeliveredLate)]
    public void RecognizesClaimsTheRecordCanCheck(string text, ClaimKind expected)
    {
        Assert.Contains(expected, ComplaintExtractor.Claims(text));
    }
}
