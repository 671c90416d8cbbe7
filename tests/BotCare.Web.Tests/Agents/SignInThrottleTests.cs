using Microsoft.Extensions.Time.Testing;

namespace BotCare.Web.Tests.Agents;

public sealed class SignInThrottleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ANameIsLockedAfterTheFifthFailureForTheRestOfTheWindowAndFreeAfter()
    {
        var throttle = new SignInThrottle(_time);
        for (var i = 0; i < SignInThrottle.MaxFailures - 1; i++)
        {
            throttle.Failed("Ana");
        }

        Assert.Null(throttle.LockedFor("ana"));
        throttle.Failed(" ana ");
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromMinutes(10), throttle.LockedFor("ANA"));
        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.Null(throttle.LockedFor("ana"));
    }

    [Fact]
    public void ARightPasswordResetsTheCountAndOldFailuresExpire()
    {
        var throttle = new SignInThrottle(_time);
        for (var i = 0; i < SignInThrottle.MaxFailures - 1; i++)
        {
            throttle.Failed("ana");
        }

        throttle.Succeeded("ana");
        throttle.Failed("ana");
        Assert.Null(throttle.LockedFor("ana"));

        for (var i = 0; i < SignInThrottle.MaxFailures - 2; i++)
        {
            throttle.Failed("ana");
        }

        _time.Advance(SignInThrottle.Window);
        throttle.Failed("ana");
        Assert.Null(throttle.LockedFor("ana"));
    }
}
