using System.Globalization;

namespace BotCare.Recognizers.Numbers;

/// <summary>The invariant, shortest decimal text every resolution uses: "1250.5", "-3", "12000000".</summary>
internal static class NumberFormat
{
    public static string Format(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);
}
