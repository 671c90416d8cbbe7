namespace BotCare.Builder.Dialogs.Tests.Prompts;

public sealed class DateTimePromptTests
{
    private static readonly DateTimeOffset Friday = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(-5));

    [Theory]
    [InlineData("yesterday", "2026-11-19")]
    [InlineData("it came 3 days ago", "2026-11-17")]
    [InlineData("on March 3rd 2026", "2026-03-03")]
    public Task ReadsDatesRelativeToTheUsersOwnClock(string answer, string expected)
    {
        var reply = new Activity(ActivityTypes.Message) { Text = answer, LocalTimestamp = Friday };
        return PromptHarness.Flow(new DateTimePrompt("when"), PromptHarness.Ask("When did it arrive?"), r => ((IList<DateTimeResolution>)r!)[0].Value!)
            .Send("hello")
            .AssertReply("When did it arrive?")
            .Send(reply)
            .AssertReply(expected)
            .StartTestAsync();
    }

    [Fact]
    public Task WithoutALocalTimestampTheServerClockIsUsed()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 1, 10, 12, 0, 0, TimeSpan.Zero));
        var reply = new Activity(ActivityTypes.Message) { Text = "yesterday", LocalTimestamp = null };
        return PromptHarness.Flow(new DateTimePrompt("when", timeProvider: clock), PromptHarness.Ask("When?"), r => ((IList<DateTimeResolution>)r!)[0].Value!)
            .Send("hello")
            .AssertReply("When?")
            .Send(reply)
            .AssertReply("2026-01-09")
            .StartTestAsync();
    }

    [Fact]
    public Task NotADateGetsTheRetryPrompt() =>
        PromptHarness.Flow(new DateTimePrompt("when"), PromptHarness.Ask("When did it arrive?", "Roughly which day was that?"), r => "date")
            .Send("hello")
            .AssertReply("When did it arrive?")
            .Send("no idea, ages")
            .AssertReply("Roughly which day was that?")
            .StartTestAsync();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
