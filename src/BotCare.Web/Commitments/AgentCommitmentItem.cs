using System.Text.Json;
using BotCare.Cases;

namespace BotCare.Web;

/// <summary>
/// One commitment as the console shows it (<c>GET /api/agent/commitments</c>, the chat's case panel, the at-risk
/// notice). The way back to the customer and the scheduler's lease stay on the server. Times relative to now are the
/// server's, so a browser's clock is never compared with it: <c>dueInSeconds</c> is negative once overdue, and
/// <c>atRisk</c> means open and due within the warning window, or overdue. Kind and status are the enums' camelCase
/// names, written out here so that SignalR (numbers for enums by default) and the API send the same words.
/// </summary>
public sealed record AgentCommitmentItem(
    string Id,
    string What,
    string Kind,
    DateTimeOffset DueAt,
    string Owner,
    string Status,
    string? CaseId,
    string? ConversationId,
    string? CustomerId,
    string? CustomerName,
    string? ChannelId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    string? CompletionNote,
    DateTimeOffset? AtRiskNotifiedAt,
    long DueInSeconds,
    bool Overdue,
    bool AtRisk)
{
    public static AgentCommitmentItem From(Commitment commitment, string? customerName, DateTimeOffset now, TimeSpan atRiskBefore)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var open = commitment.Status == CommitmentStatus.Open;
        return new(
            commitment.Id,
            commitment.What,
            Name(commitment.Kind.ToString()),
            commitment.DueAt,
            commitment.Owner,
            Name(commitment.Status.ToString()),
            commitment.CaseId,
            commitment.ConversationId,
            commitment.CustomerId,
            customerName,
            commitment.ChannelId,
            commitment.CreatedAt,
            commitment.CompletedAt,
            commitment.CompletedBy,
            commitment.CompletionNote,
            commitment.AtRiskNotifiedAt,
            (long)Math.Floor((commitment.DueAt - now).TotalSeconds),
            open && commitment.DueAt <= now,
            open && commitment.DueAt <= now + atRiskBefore);
    }

    private static string Name(string value) => JsonNamingPolicy.CamelCase.ConvertName(value);
}
