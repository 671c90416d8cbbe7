using System.Security.Claims;
using BotCare.Builder;
using BotCare.Cases;
using BotCare.Handoff;
using Microsoft.AspNetCore.Antiforgery;

namespace BotCare.Web;

/// <summary>
/// What an agent does to a chat, under <c>/api/agent/conversations/{id}</c>. Every call that changes something
/// carries the antiforgery token (header <see cref="AgentAuthentication.AntiforgeryHeader"/>, from
/// <c>GET /api/agent/antiforgery</c>), so a page on another site cannot act in a signed-in agent's name.
/// </summary>
public static class AgentConversationEndpoints
{
    public static IEndpointRouteBuilder MapAgentConversations(this IEndpointRouteBuilder app)
    {
        var agent = app.MapGroup("/api/agent").RequireAuthorization(AgentAuthentication.AgentPolicy);
        agent.MapGet("/antiforgery", IssueToken);
        agent.MapPost("/presence", SetPresenceAsync).AddEndpointFilter(RequireAntiforgeryAsync);
        agent.MapPost("/conversations/{id}/claim", ClaimAsync).AddEndpointFilter(RequireAntiforgeryAsync);
        return app;
    }

    private static IResult IssueToken(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(new { headerName = AgentAuthentication.AntiforgeryHeader, token = tokens.RequestToken });
    }

    /// <summary>Online takes new chats, away finishes the ones held, offline takes none: <c>{"presence":"online"}</c>.</summary>
    private static async Task<IResult> SetPresenceAsync(PresenceChange change, ClaimsPrincipal user, AgentDirectory directory, CancellationToken cancellationToken)
    {
        // Only the three names: Enum.TryParse would also take "1" or "online, away".
        AgentPresence? parsed = change.Presence?.ToLowerInvariant() switch
        {
            "online" => AgentPresence.Online,
            "away" => AgentPresence.Away,
            "offline" => AgentPresence.Offline,
            _ => null,
        };
        if (parsed is not { } presence)
        {
            return Results.Problem("presence must be online, away or offline.", statusCode: StatusCodes.Status400BadRequest);
        }

        var agentId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        return await directory.SetPresenceAsync(agentId, presence, cancellationToken)
            ? Results.Json(new { presence = presence.ToString().ToLowerInvariant() })
            : Results.Problem("This account no longer exists.", statusCode: StatusCodes.Status403Forbidden);
    }

    /// <summary>
    /// Takes a waiting chat. Two agents claiming at once get one winner (the queue's conditional update); the other
    /// hears 409, as does anyone claiming a chat already taken. Claiming a chat one already holds is answered as a
    /// success again. An agent must be online, must have the chat's skill (supervisors and admins take any) and must
    /// have room within their capacity, checked again after the claim so that two claims at once cannot overfill it.
    /// </summary>
    private static async Task<IResult> ClaimAsync(string id, HttpContext http, IEscalationQueue queue, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (AgentAuthentication.SignedInAccount(http) is not { } agent)
        {
            return Results.Problem("This account no longer exists.", statusCode: StatusCodes.Status403Forbidden);
        }

        switch (await queue.GetAsync(id, cancellationToken))
        {
            case null or { Status: QueueStatus.Closed }:
                return Results.Problem($"No open chat '{id}' in the queue.", statusCode: StatusCodes.Status404NotFound);
            case { Status: QueueStatus.Assigned } held when held.AgentId == agent.Id:
                return Claimed(held);
            case { Status: QueueStatus.Assigned }:
                return TakenByOtherAgent();
            case { } entry when Refusal(agent, entry) is { } refusal:
                return Results.Problem(refusal, statusCode: StatusCodes.Status403Forbidden);
        }

        if (await queue.CountAssignedAsync(agent.Id, cancellationToken) >= agent.Capacity)
        {
            return AtCapacity(agent);
        }

        if (await queue.TryAssignAsync(id, agent.Id, clock.GetUtcNow(), cancellationToken) is not { } assigned)
        {
            return TakenByOtherAgent();
        }

        if (await queue.CountAssignedAsync(agent.Id, cancellationToken) > agent.Capacity)
        {
            // Another claim of this agent's landed at the same moment: give this one back rather than overfill.
            await queue.TryReleaseAsync(id, agent.Id, cancellationToken);
            return AtCapacity(agent);
        }

        return Claimed(assigned);
    }

    private static string? Refusal(AgentAccount agent, QueueEntry entry) => agent switch
    {
        { Presence: not AgentPresence.Online } => "Only an agent who is online takes new chats: set yourself online first.",
        { Role: AgentRole.Agent } when !agent.Handles(entry.Skill) => $"This chat needs the '{entry.Skill}' skill.",
        _ => null,
    };

    private static IResult Claimed(QueueEntry entry) => Results.Json(new { entry.ConversationId, entry.AgentId, entry.AssignedAt }, BotJson.Options);

    private static IResult TakenByOtherAgent() => Results.Problem("Someone else took this chat.", statusCode: StatusCodes.Status409Conflict);

    private static IResult AtCapacity(AgentAccount agent) =>
        Results.Problem($"You already hold {agent.Capacity} chats, your capacity.", statusCode: StatusCodes.Status403Forbidden);

    private static async ValueTask<object?> RequireAntiforgeryAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Problem(
                $"Send the antiforgery token from GET /api/agent/antiforgery in the {AgentAuthentication.AntiforgeryHeader} header.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
