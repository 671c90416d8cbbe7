using Microsoft.Extensions.Options;

namespace BotCare.Cases.Tests.Time;

public sealed class BusinessHoursTests
{
    private readonly BusinessHours _hours = new(Options.Create(new BusinessHoursOptions { TimeZone = "America/New_York" }));

    // 2026-11-23 is a Monday; New York is UTC-5 in November.
    private static DateTimeOffset NewYork(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.FromHours(-5));

    [Fact]
    public void DuringTheDayTheEndOfTodayIsClosingTime()
    {
        var due = _hours.EndOfBusinessDay(NewYork(23, 10));
        Assert.Equal(NewYork(23, 17), due);
        Assert.Equal("by 5 pm today", _hours.Describe(due, NewYork(23, 10)));
    }

    [Fact]
    public void AfterClosingThePromiseIsForTheNextWorkingDay()
    {
        var due = _hours.EndOfBusinessDay(NewYork(23, 18));
        Assert.Equal(NewYork(24, 17), due);
        Assert.Equal("by 5 pm tomorrow", _hours.Describe(due, NewYork(23, 18)));
    }

    [Fact]
    public void OnAFridayEveningThePromiseIsForMonday()
    {
        var due = _hours.EndOfBusinessDay(NewYork(27, 19));
        Assert.Equal(NewYork(30, 17), due);
        Assert.Equal("by 5 pm on Monday", _hours.Describe(due, NewYork(27, 19)));
    }

    [Fact]
    public void KnowsWhenSomeoneIsAtWork()
    {
        Assert.True(_hours.IsOpen(NewYork(23, 9)));
        Assert.False(_hours.IsOpen(NewYork(23, 17)));
        Assert.False(_hours.IsOpen(NewYork(28, 12)));
    }
}
