using System.Text.RegularExpressions;

namespace BotCare.Recognizers.Sequences;

/// <summary>Telephone number shapes: North American, international with "+", and UK national.</summary>
/// <remarks>
/// National formats need separators between the digit groups ("555-123-4567", "(555) 123 4567"): a bare run
/// of digits is far more often an order or tracking number than a phone number in a support chat. Seven-digit
/// local numbers ("555-1234") are not recognized for the same reason.
/// </remarks>
internal static partial class PhonePatterns
{
    private const string Before = @"(?<![\p{L}\p{N}+/.,:$€£#@_-])";
    private const string After = @"(?![\p{L}\p{N}/@_]|[.,:-]\p{N})";

    /// <summary>"(555) 123-4567", "555.123.4567", "+1 415 555 0100", "1-800-555-0199".</summary>
    [GeneratedRegex(Before + @"(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}" + After, RegexOptions.CultureInvariant)]
    public static partial Regex NorthAmerican();

    /// <summary>"+44 20 7946 0958", "+33 1 23 45 67 89", "+49 (30) 1234 5678", "+14155550100".</summary>
    [GeneratedRegex(Before + @"\+(?:\d{8,15}|\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]\d{1,5}){1,6})" + After, RegexOptions.CultureInvariant)]
    public static partial Regex International();

    /// <summary>"020 7946 0958", "07700 900123", "0161-496-0000".</summary>
    [GeneratedRegex(Before + @"0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}" + After, RegexOptions.CultureInvariant)]
    public static partial Regex UnitedKingdom();
}
