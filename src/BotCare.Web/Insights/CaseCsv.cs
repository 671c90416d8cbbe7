using System.Globalization;
using System.Text;
using BotCare.Cases;

namespace BotCare.Web;

/// <summary>
/// The cases of a period as CSV, one row per case, for a spreadsheet. Fields are quoted as RFC 4180 says (commas,
/// quotes and line breaks inside quotes, quotes doubled, CRLF between records), and a field a spreadsheet would run
/// as a formula (starting with = + - @, tab or carriage return) is prefixed with an apostrophe: customers' words and
/// product names reach this file.
/// </summary>
public static class CaseCsv
{
    public static readonly string[] Header =
        ["id", "created", "status", "category", "product", "root cause", "escalated", "reasons", "remedy", "cost", "csat", "resolution hours", "recontact"];

    public static string Write(IEnumerable<Case> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var @case in cases)
        {
            Row(csv, Fields(@case));
        }

        return csv.ToString();
    }

    /// <summary>One field as it appears in the file.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    private static string[] Fields(Case @case)
    {
        var invariant = CultureInfo.InvariantCulture;
        var costs = @case.Actions.Where(a => a.Item.Amount is not null)
            .GroupBy(a => a.Item.Amount!.Currency.ToUpperInvariant())
            .Select(g => $"{g.Sum(a => a.Item.Amount!.Amount).ToString("0.00", invariant)} {g.Key}");
        return
        [
            @case.Id,
            @case.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", invariant),
            @case.Status.ToString(),
            string.Join("; ", @case.Issues.Select(i => i.Category.ToString()).Distinct()),
            string.Join("; ", @case.Issues.Select(i => i.Product?.Trim()).OfType<string>().Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)),
            @case.RootCause?.Trim() ?? string.Empty,
            CaseFigures.IsEscalated(@case) ? "yes" : "no",
            string.Join("; ", @case.Escalations.Select(e => e.Reason.ToString()).Distinct()),
            string.Join("; ", @case.Actions.Select(a => a.Item.Type.ToString())),
            string.Join("; ", costs),
            CaseFigures.Score(@case)?.ToString(invariant) ?? string.Empty,
            CaseFigures.ResolutionHours(@case)?.ToString("0.0", invariant) ?? string.Empty,
            CaseFigures.IsRecontact(@case) ? "yes" : "no",
        ];
    }

    private static void Row(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
}
