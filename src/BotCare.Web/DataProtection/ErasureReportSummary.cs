namespace BotCare.Web;

/// <summary>One line of the admins' list of erasures.</summary>
public sealed record ErasureReportSummary(string Id, string SubjectKind, string Subject, string Admin, DateTimeOffset RequestedAt, int Customers, int Conversations, int TotalRemoved)
{
    public static ErasureReportSummary Of(ErasureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Id, report.SubjectKind, report.Subject, report.Admin, report.RequestedAt, report.Customers.Count, report.Conversations.Count, report.TotalRemoved);
    }
}
