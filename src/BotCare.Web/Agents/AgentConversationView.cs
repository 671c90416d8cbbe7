using System.Text.Json;
using BotCare.Cases;

namespace BotCare.Web;

/// <summary>
/// One chat as <c>GET /api/agent/conversations/{id}</c> gives it: who has it, the pinned brief, the whole transcript
/// with the internal notes, the case, its commitments as the ledger has them (the case as the bot saved it does not know
/// the promises agents added, nor which were kept), and the limits the agent works within (the remedy policy's and
/// their own). A chat that was never escalated (a supervisor watching the bot) has no queue entry and no brief.
/// </summary>
public sealed record AgentConversationView(
    string ConversationId,
    string ChannelId,
    ConversationOwner Owner,
    string? AgentId,
    AgentQueueItem? Queue,
    JsonElement? Brief,
    IReadOnlyList<TranscriptItem> Transcript,
    IReadOnlyList<TranscriptItem> Notes,
    Case? Case,
    AgentConversationView.PolicyLimits Policy,
    AgentConversationView.ApprovalAuthority Authority,
    IReadOnlyList<OwnershipChange> History,
    IReadOnlyList<AgentCommitmentItem> Commitments)
{
    /// <summary>What the remedy policy allows at all, and above which the bot itself must ask a person.</summary>
    public sealed record PolicyLimits(string Currency, decimal RefundMax, decimal CreditMax, decimal BotRefundAbove, decimal BotCreditAbove, decimal BotReplacementAbove);

    /// <summary>What this agent may grant on their own; above it a supervisor approves.</summary>
    public sealed record ApprovalAuthority(decimal ApprovalLimit, string Currency, string Role);
}
