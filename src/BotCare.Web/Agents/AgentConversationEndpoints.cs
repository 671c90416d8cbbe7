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
        var conversation = agent.MapGroup("/conversations/{id}").AddEndpointFilter(RequireAntiforgeryAsync);
        conversation.MapPost("/claim", ClaimAsync);
        conversation.MapPost("/messages", SendAsync);
        conversation.MapPost("/notes", NoteAsync);
        conversation.MapPost("/handback", HandBackAsync);
        conversation.MapPost("/transfer", TransferAsync);
        conversation.MapPost("/close", CloseAsync);
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
    /// The customer hears who joined.
    /// </summary>
    private static async Task<IResult> ClaimAsync(string id, HttpContext http, IEscalationQueue queue, AgentActions actions, CancellationToken cancellationToken)
    {
        if (AgentAuthentication.SignedInAccount(http) is not { } agent)
        {
            return Gone();
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

        var result = await actions.ClaimAsync(id, agent, cancellationToken);
        return result.Outcome switch
        {
            ClaimOutcome.Claimed => Claimed(result.Entry!),
            ClaimOutcome.AtCapacity => AtCapacity(agent),
            ClaimOutcome.NoLongerWaiting => Results.Problem("The customer is no longer waiting for a person.", statusCode: StatusCodes.Status409Conflict),
            _ => TakenByOtherAgent(),
        };
    }

    /// <summary>The agent's reply, on the customer's own channel: <c>{"text":"..."}</c>.</summary>
    private static async Task<IResult> SendAsync(string id, HttpContext http, AgentActions actions, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBody.ReadAsync<AgentRequests.Message>(http.Request, cancellationToken);
        if ((error ?? RequiredText(request!.Text)) is { } invalid)
        {
            return invalid;
        }

        if (AgentAuthentication.SignedInAccount(http) is not { } agent)
        {
            return Gone();
        }

        return await actions.SendAsync(id, agent, request!.Text!, cancellationToken) ? Results.Json(new { sent = true }) : NotHolding(id);
    }

    /// <summary>An internal note, never sent to the customer: <c>{"text":"..."}</c>.</summary>
    private static async Task<IResult> NoteAsync(string id, HttpContext http, AgentActions actions, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBody.ReadAsync<AgentRequests.Message>(http.Request, cancellationToken);
        if ((error ?? RequiredText(request!.Text)) is { } invalid)
        {
            return invalid;
        }

        if (AgentAuthentication.SignedInAccount(http) is not { } agent)
        {
            return Gone();
        }

        return await actions.AddNoteAsync(id, agent, request!.Text!, cancellationToken) is { } note
            ? Results.Json(TranscriptItem.From(note), BotJson.Options)
            : NotHolding(id);
    }

    /// <summary>Back to the bot, which resumes with what happened: <c>{"summary":"..."}</c> (optional).</summary>
    private static async Task<IResult> HandBackAsync(string id, HttpContext http, AgentActions actions, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBody.ReadAsync<AgentRequests.HandBack>(http.Request, cancellationToken);
        if (error is not null || request!.Summary is { Length: > AgentRequests.MaxTextLength })
        {
            return error ?? TooLong();
        }

        if (AgentAuthentication.SignedInAccount(http) is not { } agent)
        {
            return Gone();
        }

        return await actions.HandBackAsync(id, agent, request.Summary, cancellationToken) ? Results.Json(new { owner = "bot" }) : NotHolding(id);
    }

    /// <summary>
    /// To another agent, who must be online, have the chat's skill (unless a supervisor or admin) and room within their
    /// capacity: <c>{"toAgentId":"ben"}</c>.
    /// </summary>
    private static async Task<IResult> TransferAsync(string id, HttpContext http, IEscalationQueue queue, AgentDirectory directory, AgentActions actions, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBody.ReadAsync<AgentRequests.Transfer>(http.Request, cancellationToken);
        if (error is not null || string.IsNullOrWhiteSpace(request!.ToAgentId))
        {
            return error ?? JsonBody.Invalid("toAgentId names the agent to pass the chat to.");
        }

        if (AgentAuthentication.SignedInAccount(http) is not { } agent)
        {
            return Gone();
        }

        if (await queue.GetAsync(id, cancellationToken) is not { Status: QueueStatus.Assigned } entry || entry.AgentId != agent.Id)
        {
            return NotHolding(id);
        }

        var target = await directory.FindAsync(request.ToAgentId.Trim().ToLowerInvariant(), cancellationToken);
        var refusal = target switch
        {
            null => $"There is no agent '{request.ToAgentId}'.",
            _ when target.Id == agent.Id => "You already hold this chat.",
            _ when Refusal(target, entry) is { } reason => $"{target.DisplayName} cannot take it: {reason}",
            _ when await queue.CountAssignedAsync(target.Id, cancellationToken) >= target.Capacity => $"{target.DisplayName} is at capacity.",
            _ => null,
        };
        if (refusal is not null)
        {
            return Results.Problem(refusal, statusCode: StatusCodes.Status409Conflict);
        }

        return await actions.TransferAsync(id, agent, target!, cancellationToken) ? Results.Json(new { agentId = target!.Id }) : NotHolding(id);
    }

    /// <summary>Ends the chat with an outcome: <c>{"outcome":"resolved","text":"..."}</c>.</summary>
    private static async Task<IResult> CloseAsync(string id, HttpContext http, AgentActions actions, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBody.ReadAsync<AgentRequests.Close>(http.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var outcome = AgentRequests.CloseOutcomes.FirstOrDefault(o => string.Equals(o, request!.Outcome?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (outcome is null)
        {
            return JsonBody.Invalid($"outcome must be one of: {string.Join(", ", AgentRequests.CloseOutcomes)}.");
        }

        if (request!.Text is { Length: > AgentRequests.MaxTextLength })
        {
            return TooLong();
        }

        if (AgentAuthentication.SignedInAccount(http) is not { } agent)
        {
            return Gone();
        }

        var why = string.IsNullOrWhiteSpace(request.Text) ? outcome : $"{outcome}: {request.Text.Trim()}";
        return await actions.CloseAsync(id, agent, why, cancellationToken) ? Results.Json(new { owner = "closed", outcome }) : NotHolding(id);
    }

    private static IResult? RequiredText(string? text) => text switch
    {
        null or { Length: 0 } => JsonBody.Invalid("text is required."),
        { Length: > AgentRequests.MaxTextLength } => TooLong(),
        _ when string.IsNullOrWhiteSpace(text) => JsonBody.Invalid("text is required."),
        _ => null,
    };

    private static string? Refusal(AgentAccount agent, QueueEntry entry) => agent switch
    {
        { Presence: not AgentPresence.Online } => "Only an agent who is online takes new chats: set yourself online first.",
        { Role: AgentRole.Agent } when !agent.Handles(entry.Skill) => $"This chat needs the '{entry.Skill}' skill.",
        _ => null,
    };

    private static IResult Claimed(QueueEntry entry) => Results.Json(new { entry.ConversationId, entry.AgentId, entry.AssignedAt }, BotJson.Options);

    private static IResult TakenByOtherAgent() => Results.Problem("Someone else took this chat.", statusCode: StatusCodes.Status409Conflict);

    private static IResult NotHolding(string id) =>
        Results.Problem($"You do not hold the chat '{id}' (it was handed back, transferred or closed).", statusCode: StatusCodes.Status409Conflict);

    private static IResult Gone() => Results.Problem("This account no longer exists.", statusCode: StatusCodes.Status403Forbidden);

    private static IResult TooLong() => JsonBody.Invalid($"Keep it under {AgentRequests.MaxTextLength} characters.");

    private static IResult AtCapacity(AgentAccount agent) =>
        Results.Problem($"You already hold {agent.Capacity} chats, your capacity.", statusCode: StatusCodes.Status403Forbidden);

    /// <summary>Refuses a state-changing call without the antiforgery token (a 400 that says where to get it).</summary>
    public static async ValueTask<object?> RequireAntiforgeryAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
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
