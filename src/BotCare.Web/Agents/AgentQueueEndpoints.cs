using System.Security.Claims;
using BotCare.Builder;
using BotCare.Cases;

namespace BotCare.Web;

/// <summary>
/// The queue as the console and integrations read it (<c>GET /api/agent/queue</c>): an agent sees the chats waiting
/// for their skills and the chats they hold; supervisors and admins see every open chat. Each entry carries its
/// pinned brief, its place among those waiting for the same skill, and how long the customer has waited. The brief
/// holds the customer's own words: it is data, to be encoded by whoever shows it.
/// </summary>
public static class AgentQueueEndpoints
{
    public static IEndpointRouteBuilder MapAgentQueue(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/agent/queue", ListAsync).RequireAuthorization(AgentAuthentication.AgentPolicy);
        return app;
    }

    private static async Task<IResult> ListAsync(ClaimsPrincipal user, HttpContext http, IEscalationQueue queue, TimeProvider clock, CancellationToken cancellationToken)
    {
        var agentId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        var seesAll = user.IsInRole(nameof(AgentRole.Supervisor)) || user.IsInRole(nameof(AgentRole.Admin));
        var skills = seesAll ? [] : AgentAuthentication.SignedInAccount(http)?.Skills ?? [];

        // An agent without skills takes nothing from the queue (an empty filter would mean every skill).
        IReadOnlyList<QueueEntry> waiting = seesAll || skills.Count > 0
            ? await queue.ListAsync(new QueueQuery { Status = QueueStatus.Waiting, Skills = skills }, cancellationToken)
            : [];
        var assigned = await queue.ListAsync(new QueueQuery { Status = QueueStatus.Assigned, AgentId = seesAll ? null : agentId }, cancellationToken);

        var now = clock.GetUtcNow();
        var places = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var items = new List<AgentQueueItem>();
        foreach (var entry in waiting)
        {
            places[entry.Skill] = places.GetValueOrDefault(entry.Skill) + 1;
            items.Add(AgentQueueItem.From(entry, places[entry.Skill], now));
        }

        items.AddRange(assigned.Select(entry => AgentQueueItem.From(entry, position: null, now)));
        return Results.Json(new { items }, BotJson.Options);
    }
}
