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
        if (!Enum.TryParse<AgentPresence>(change.Presence, ignoreCase: true, out var presence) || !Enum.IsDefined(presence))
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
    /// hears 409. An agent must have the chat's skill (supervisors and admins take any), must not be offline, and
    /// must have room within their capacity.
    /// </summary>
    private static async Task<IResult> ClaimAsync(string id, ClaimsPrincipal user, IEscalationQueue queue, AgentDirectory directory, TimeProvider clock, CancellationToken cancellationToken)
    {
        var agentId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        if (await directory.FindAsync(agentId, cancellationToken) is not { } agent)
        {
            return Results.Problem("This account no longer exists.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (await queue.GetAsync(id, cancellationToken) is not { } entry || entry.Status == QueueStatus.Closed)
        {
            return Results.Problem($"No open chat '{id}' in the queue.", statusCode: StatusCodes.Status404NotFound);
        }

        var refusal = agent switch
        {
            { Presence: AgentPresence.Offline } => "You are offline: set yourself online or away to take chats.",
            { Role: AgentRole.Agent } when !agent.Handles(entry.Skill) => $"This chat needs the '{entry.Skill}' skill.",
            _ when await queue.CountAssignedAsync(agent.Id, cancellationToken) >= agent.Capacity => $"You already hold {agent.Capacity} chats, your capacity.",
            _ => null,
        };
        if (refusal is not null)
        {
            return Results.Problem(refusal, statusCode: StatusCodes.Status403Forbidden);
        }

        if (await queue.TryAssignAsync(id, agent.Id, clock.GetUtcNow(), cancellationToken) is not { } assigned)
        {
            return Results.Problem("Someone else took this chat.", statusCode: StatusCodes.Status409Conflict);
        }

        return Results.Json(new { assigned.ConversationId, assigned.AgentId, assigned.AssignedAt }, BotJson.Options);
    }

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
