namespace BotCare.EndToEnd.Tests;

/// <summary>
/// External programs these tests need. Absent, a test skips with the reason; with BOTCARE_REQUIRE_SERVICES=1
/// (CI sets it) it fails instead, so a missing install step can never pass unnoticed.
/// </summary>
internal static class RequiredServices
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool Required => Environment.GetEnvironmentVariable("BOTCARE_REQUIRE_SERVICES") == "1";

    public static void RequireChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        var reason = $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium).";
        if (Required)
        {
            Assert.Fail(reason + " BOTCARE_REQUIRE_SERVICES=1, so this is a failure.");
        }

        Assert.Skip(reason);
    }
}
