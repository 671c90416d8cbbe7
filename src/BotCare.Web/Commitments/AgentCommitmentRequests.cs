namespace BotCare.Web;

/// <summary>The bodies of the commitment ledger's agent API.</summary>
public static class AgentCommitmentRequests
{
    /// <summary>A promise is a sentence the customer was told, not a document.</summary>
    public const int MaxWhatLength = 500;

    public const int MaxNoteLength = 1000;

    /// <summary>Further ahead than this is a typo in the year, not a promise anyone tracks.</summary>
    public static readonly TimeSpan LongestAhead = TimeSpan.FromDays(366);

    /// <summary>
    /// <c>POST /api/agent/conversations/{id}/commitments</c>: <c>{"what":"...","dueAt":"2026-12-08T15:00:00Z"}</c>, and
    /// optionally <c>"owner"</c> (an agent's id or <c>team</c>; the agent adding it when absent) and <c>"kind"</c>
    /// (<c>promise</c>, the default, or <c>callback</c>).
    /// </summary>
    public sealed record Add(string? What, DateTimeOffset? DueAt, string? Owner, string? Kind);

    /// <summary><c>POST /api/agent/commitments/{id}/complete</c>: <c>{"status":"kept","note":"..."}</c>.</summary>
    public sealed record Complete(string? Status, string? Note);
}
