using BotCare.Builder;
using BotCare.Cases;
using BotCare.Handoff;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// What the console reads about a chat and the team: <c>GET /api/agent/conversations/{id}</c> (brief, transcript with
/// notes, case and its commitments, limits), <c>GET /api/agent/agents</c> (for transfers), <c>GET /api/agent/canned-responses</c>, and for
/// supervisors <c>GET /api/agent/live</c>, every chat going on now, escalated or not.
/// </summary>
public static class AgentConversationViewEndpoints
{
    public static IEndpointRouteBuilder MapAgentConversationViews(this IEndpointRouteBuilder app)
    {
        var agent = app.MapGroup("/api/agent").RequireAuthorization(AgentAuthentication.AgentPolicy);
        agent.MapGet("/conversations/{id}", GetAsync);
        agent.MapGet("/agents", ListAgentsAsync);
        agent.MapGet("/live", (LiveConversations live) => Results.Json(new { items = live.List() }, BotJson.Options)).RequireAuthorization(AgentAuthentication.SupervisorPolicy);
        agent.MapGet("/canned-responses", (IOptions<AgentConsoleOptions> options) => Results.Json(new { items = options.Value.CannedResponses }));
        return app;
    }

    private static async Task<IResult> GetAsync(
        string id,
        HttpContext http,
        IEscalationQueue queue,
        AgentActions actions,
        ICaseStore cases,
        ITranscriptStore transcripts,
        ICommitmentStore ledger,
        CommitmentItems commitments,
        IOptions<RemedyPolicyOptions> policy,
        LiveConversations live,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (AgentAuthentication.SignedInAccount(http) is not { } agent)
        {
            return Results.Problem("This account no longer exists.", statusCode: StatusCodes.Status403Forbidden);
        }

        // A chat never escalated is known only while it goes on, and only supervisors and admins watch those.
        var entry = await queue.GetAsync(id, cancellationToken);
        var channelId = entry?.ChannelId ?? (AgentVisibility.SeesEverything(agent) ? live.Find(id)?.ChannelId : null);
        if (channelId is null)
        {
            return Results.Problem($"No chat '{id}' was escalated.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!AgentVisibility.MaySee(agent, entry))
        {
            return Results.Problem("This chat is neither yours nor waiting for your skills.", statusCode: StatusCodes.Status403Forbidden);
        }

        var record = await actions.ReadAsync(channelId, id, cancellationToken);
        var position = entry is { Status: QueueStatus.Waiting } ? await queue.PositionAsync(id, cancellationToken) : (int?)null;
        var item = entry is null ? null : AgentQueueItem.From(entry, position, clock.GetUtcNow());
        var limits = policy.Value;
        var @case = (entry is null ? null : await cases.GetAsync(entry.CaseId, cancellationToken)) ?? await cases.FindByConversationAsync(id, cancellationToken);
        var caseId = entry?.CaseId ?? @case?.Id;
        IReadOnlyList<Commitment> promised = string.IsNullOrEmpty(caseId) ? [] : await ledger.ListAsync(new CommitmentQuery { CaseId = caseId }, cancellationToken);
        return Results.Json(
            new AgentConversationView(
                id,
                channelId,
                record.Ownership?.Owner ?? ConversationOwner.Bot,
                record.Ownership?.AgentId,
                item,
                item?.Brief,
                await TranscriptAsync(transcripts, channelId, id, cancellationToken),
                record.Notes.Select(TranscriptItem.From).ToList(),
                @case,
                new AgentConversationView.PolicyLimits(limits.Currency, limits.Refund.MaxAmount, limits.Credit.MaxAmount, limits.Approval.RefundAbove, limits.Approval.CreditAbove, limits.Approval.ReplacementAbove),
                new AgentConversationView.ApprovalAuthority(agent.ApprovalLimit, limits.Currency, agent.Role.ToString()),
                record.Ownership?.Changes ?? [],
                await commitments.FromAsync(promised, cancellationToken)),
            BotJson.Options);
    }

    /// <summary>Every message of the chat so far, oldest first: what the customer, the bot and agents wrote.</summary>
    private static async Task<List<TranscriptItem>> TranscriptAsync(ITranscriptStore transcripts, string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var items = new List<TranscriptItem>();
        string? token = null;
        do
        {
            var page = await transcripts.GetTranscriptActivitiesAsync(channelId, conversationId, token, default, cancellationToken);
            items.AddRange(page.Items.Select(a => TranscriptItem.From(a)).OfType<TranscriptItem>());
            token = page.ContinuationToken;
        }
        while (token is not null);

        return items;
    }

    /// <summary>The team, for the transfer picker: who is online, what they handle and how many chats they hold.</summary>
    private static async Task<IResult> ListAgentsAsync(AgentDirectory directory, IEscalationQueue queue, CancellationToken cancellationToken)
    {
        var items = new List<object>();
        foreach (var account in await directory.ListAsync(cancellationToken))
        {
            items.Add(new
            {
                account.Id,
                account.DisplayName,
                Role = account.Role.ToString(),
                Presence = account.Presence,
                account.Skills,
                account.Capacity,
                Holding = await queue.CountAssignedAsync(account.Id, cancellationToken),
            });
        }

        return Results.Json(new { items }, BotJson.Options);
    }
}
