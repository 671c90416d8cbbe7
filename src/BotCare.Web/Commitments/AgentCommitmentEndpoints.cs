using BotCare.Cases;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// The commitment ledger in the console: <c>GET /api/agent/commitments</c> (the promises view),
/// <c>POST /api/agent/conversations/{conversationId}/commitments</c> (an agent promises something in a chat) and
/// <c>POST /api/agent/commitments/{id}/complete</c> (kept, broken or cancelled). Every signed-in agent reads the whole
/// ledger, because the team's promises are everyone's to keep; the calls that change it carry the antiforgery token.
/// </summary>
public static class AgentCommitmentEndpoints
{
    public static IEndpointRouteBuilder MapAgentCommitments(this IEndpointRouteBuilder app)
    {
        var agent = app.MapGroup("/api/agent").RequireAuthorization(AgentAuthentication.AgentPolicy);
        agent.MapGet("/commitments", ListAsync);
        agent.MapPost("/conversations/{conversationId}/commitments", AddAsync).AddEndpointFilter(AgentConversationEndpoints.RequireAntiforgeryAsync);
        agent.MapPost("/commitments/{id}/complete", CompleteAsync).AddEndpointFilter(AgentConversationEndpoints.RequireAntiforgeryAsync);
        return app;
    }

    /// <summary>
    /// <c>?status=open|kept|broken|cancelled|all</c> (open when absent), <c>&amp;due=soon|overdue|all</c> (soon: due within
    /// the warning window and not yet overdue), <c>&amp;owner=me|all|team|bot|{agent id}</c> (me: the agent's own and the
    /// team's); earliest due first.
    /// </summary>
    private static async Task<IResult> ListAsync(
        string? status,
        string? due,
        string? owner,
        HttpContext http,
        ICommitmentStore ledger,
        CommitmentItems items,
        CommitmentOwners owners,
        TimeProvider time,
        IOptions<CommitmentOptions> options,
        CancellationToken cancellationToken)
    {
        if (AgentAuthentication.SignedInAccount(http) is not { } agent)
        {
            return Gone();
        }

        var filter = CommitmentLedgerFilter.Parse(status, due, owner);
        if (filter.Error is { } error)
        {
            return JsonBody.Invalid(error);
        }

        var now = time.GetUtcNow();
        var window = options.Value.AtRiskBefore;
        // Null: anyone's. "Mine" is two owners, each its own query, so the store does the filtering either way.
        List<string?> ownerNames = filter.Owner switch
        {
            null => [null],
            CommitmentLedgerFilter.Me => [.. owners.Mine(agent)],
            var team when owners.IsTeam(team) => [owners.Team],
            var named => [named.ToLowerInvariant()],
        };

        var found = new List<Commitment>();
        foreach (var ownerName in ownerNames.Distinct(StringComparer.Ordinal))
        {
            var query = new CommitmentQuery { Status = filter.Status, Owner = ownerName, DueBefore = filter.DueBefore(now, window) };
            found.AddRange(await ledger.ListAsync(query, cancellationToken));
        }

        var listed = found.Where(c => filter.Keeps(c, now))
            .OrderBy(c => c.DueAt).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(new CommitmentQuery().Limit);
        return Results.Json(
            new { items = await items.FromAsync(listed, cancellationToken), team = owners.Team, atRiskBeforeSeconds = (long)window.TotalSeconds },
            BotCare.Builder.BotJson.Options);
    }

    /// <summary>
    /// Records a promise the agent made in the chat, on its case, with the way back to the customer so that it can be
    /// chased (or, for a callback, acted on) from any instance. The agent holding the chat, or a supervisor or admin,
    /// may add one.
    /// </summary>
    private static async Task<IResult> AddAsync(
        string conversationId,
        HttpContext http,
        IEscalationQueue queue,
        ICaseStore cases,
        ICommitmentStore ledger,
        CommitmentOwners owners,
        CommitmentItems items,
        AgentConsoleBroadcast consoles,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBody.ReadAsync<AgentCommitmentRequests.Add>(http.Request, cancellationToken);
        var now = time.GetUtcNow();
        if ((error ?? Invalid(request!, now)) is { } invalid)
        {
            return invalid;
        }

        if (AgentAuthentication.SignedInAccount(http) is not { } agent)
        {
            return Gone();
        }

        var entry = await queue.GetAsync(conversationId, cancellationToken);
        var holds = entry is { Status: QueueStatus.Assigned } && entry.AgentId == agent.Id;
        if (!holds && !AgentVisibility.SeesEverything(agent))
        {
            return Results.Problem($"You do not hold the chat '{conversationId}': claim it to promise something in it.", statusCode: StatusCodes.Status403Forbidden);
        }

        var @case = entry is null ? await cases.FindByConversationAsync(conversationId, cancellationToken) : null;
        var caseId = entry?.CaseId ?? @case?.Id;
        if (string.IsNullOrEmpty(caseId))
        {
            return Results.Problem($"The chat '{conversationId}' has no case to add a promise to.", statusCode: StatusCodes.Status404NotFound);
        }

        if (await owners.ResolveAsync(request!.Owner, agent, cancellationToken) is not { } owner)
        {
            return JsonBody.Invalid($"owner must be you, '{CommitmentOwners.TeamAlias}' or another agent's id; there is no agent '{request.Owner}'.");
        }

        var commitment = new Commitment
        {
            What = request.What!.Trim(),
            Kind = KindOf(request.Kind)!.Value,
            DueAt = request.DueAt!.Value.ToUniversalTime(),
            Owner = owner,
            CreatedAt = now,
            CaseId = caseId,
            ConversationId = conversationId,
            CustomerId = entry?.CustomerId ?? @case?.Customer.Id,
            ChannelId = entry?.ChannelId ?? @case?.Customer.ChannelId,
            ConversationReferenceJson = await ReferenceAsync(entry, caseId, ledger, cancellationToken),
        };
        var stored = await ledger.AddAsync(commitment, cancellationToken);
        await consoles.ConversationChangedAsync(conversationId);
        return Results.Json(await items.FromAsync(stored, cancellationToken), BotCare.Builder.BotJson.Options, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>
    /// Marks a commitment kept, broken or cancelled, once: 409 when it was already completed (by anyone). Agents complete
    /// their own, the team's and the bot's; another agent's only a supervisor or admin.
    /// </summary>
    private static async Task<IResult> CompleteAsync(string id, HttpContext http, ICommitmentStore ledger, CommitmentOwners owners, CommitmentItems items, AgentConsoleBroadcast consoles, TimeProvider time, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBody.ReadAsync<AgentCommitmentRequests.Complete>(http.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        CommitmentStatus? status = request!.Status?.Trim().ToLowerInvariant() switch
        {
            "kept" => CommitmentStatus.Kept,
            "broken" => CommitmentStatus.Broken,
            "cancelled" => CommitmentStatus.Cancelled,
            _ => null,
        };
        if (status is null)
        {
            return JsonBody.Invalid("status must be kept, broken or cancelled.");
        }

        if (request.Note is { Length: > AgentCommitmentRequests.MaxNoteLength })
        {
            return JsonBody.Invalid($"Keep the note under {AgentCommitmentRequests.MaxNoteLength} characters.");
        }

        if (AgentAuthentication.SignedInAccount(http) is not { } agent)
        {
            return Gone();
        }

        var commitment = await ledger.GetAsync(id, cancellationToken);
        if (commitment is null)
        {
            return Results.Problem($"There is no commitment '{id}'.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!AgentVisibility.SeesEverything(agent) && commitment.Owner != agent.Id && commitment.Owner != CommitmentOwners.Bot && !owners.IsTeam(commitment.Owner))
        {
            return Results.Problem($"This promise is {commitment.Owner}'s to keep; a supervisor can complete it for them.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (!await ledger.TryCompleteAsync(id, status.Value, time.GetUtcNow(), agent.Id, cancellationToken))
        {
            var now = await ledger.GetAsync(id, cancellationToken);
            return Results.Problem(
                $"This commitment was already completed{(now is null ? string.Empty : $" as {now.Status.ToString().ToLowerInvariant()} by {now.CompletedBy}")}.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var completed = await AddNoteAsync(ledger, id, request.Note, cancellationToken);
        if (completed?.ConversationId is { } conversationId)
        {
            await consoles.ConversationChangedAsync(conversationId);
        }

        return completed is null
            ? Results.Problem($"There is no commitment '{id}'.", statusCode: StatusCodes.Status404NotFound)
            : Results.Json(await items.FromAsync(completed, cancellationToken), BotCare.Builder.BotJson.Options);
    }

    /// <summary>
    /// The note goes on after the status: the completion itself is the ledger's atomic step that decides who completed
    /// it; the note is then saved on the version that step left, retried if something else (a lease) changed it between.
    /// </summary>
    private static async Task<Commitment?> AddNoteAsync(ICommitmentStore ledger, string id, string? note, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var completed = await ledger.GetAsync(id, cancellationToken);
            if (completed is null || string.IsNullOrWhiteSpace(note))
            {
                return completed;
            }

            completed.CompletionNote = note.Trim();
            if (await ledger.TrySaveAsync(completed, cancellationToken))
            {
                return completed;
            }
        }

        return await ledger.GetAsync(id, cancellationToken);
    }

    private static IResult? Invalid(AgentCommitmentRequests.Add request, DateTimeOffset now) => request switch
    {
        _ when string.IsNullOrWhiteSpace(request.What) => JsonBody.Invalid("what is required: the promise, as told to the customer."),
        { What.Length: > AgentCommitmentRequests.MaxWhatLength } => JsonBody.Invalid($"Keep what was promised under {AgentCommitmentRequests.MaxWhatLength} characters."),
        { DueAt: null } => JsonBody.Invalid("dueAt is required: when the promise is due, as an ISO 8601 time with its offset."),
        { DueAt: { } dueAt } when dueAt <= now => JsonBody.Invalid("dueAt is in the past: a promise is due later than now."),
        { DueAt: { } dueAt } when dueAt > now + AgentCommitmentRequests.LongestAhead => JsonBody.Invalid("dueAt is more than a year ahead."),
        _ when KindOf(request.Kind) is null => JsonBody.Invalid("kind must be promise or callback."),
        _ => null,
    };

    private static CommitmentKind? KindOf(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        null or "" or "promise" => CommitmentKind.Promise,
        "callback" => CommitmentKind.Callback,
        _ => null,
    };

    /// <summary>The way back to the customer: the queue entry's, or one an earlier commitment of the case carries.</summary>
    private static async Task<string?> ReferenceAsync(QueueEntry? entry, string caseId, ICommitmentStore ledger, CancellationToken cancellationToken)
    {
        if (entry is not null && !string.IsNullOrWhiteSpace(entry.ConversationReferenceJson) && entry.ConversationReferenceJson != "{}")
        {
            return entry.ConversationReferenceJson;
        }

        var earlier = await ledger.ListAsync(new CommitmentQuery { CaseId = caseId }, cancellationToken);
        return earlier.Select(c => c.ConversationReferenceJson).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r));
    }

    private static IResult Gone() => Results.Problem("This account no longer exists.", statusCode: StatusCodes.Status403Forbidden);
}
