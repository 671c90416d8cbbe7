using System.Security.Claims;
using BotCare.Builder;
using BotCare.Cases;
using BotCare.Handoff;

namespace BotCare.Web;

/// <summary>
/// Admins manage the team under <c>/api/agent/accounts</c>: list, add, change (name, role, skills, capacity, approval
/// limit, password) and remove. Passwords are only ever taken in, never shown; the last admin cannot be removed or
/// demoted, so the console can never be locked out.
/// </summary>
public static class AgentAccountEndpoints
{
    private static readonly string[] KnownSkills = ["product", "service", "billing", "delivery"];

    public static IEndpointRouteBuilder MapAgentAccounts(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/agent/accounts").RequireAuthorization(AgentAuthentication.AdminPolicy);
        accounts.MapGet("/", ListAsync);
        accounts.MapPost("/", CreateAsync).AddEndpointFilter(AgentConversationEndpoints.RequireAntiforgeryAsync);
        accounts.MapPatch("/{id}", ChangeAsync).AddEndpointFilter(AgentConversationEndpoints.RequireAntiforgeryAsync);
        accounts.MapDelete("/{id}", RemoveAsync).AddEndpointFilter(AgentConversationEndpoints.RequireAntiforgeryAsync);
        return app;
    }

    /// <summary>What an admin sees of an account: everything but the password hash.</summary>
    public sealed record AccountView(string Id, string DisplayName, AgentRole Role, IReadOnlyList<string> Skills, int Capacity, decimal ApprovalLimit, AgentPresence Presence)
    {
        public static AccountView Of(AgentAccount a) => new(a.Id, a.DisplayName, a.Role, a.Skills, a.Capacity, a.ApprovalLimit, a.Presence);
    }

    /// <summary>The body of a new account or a change; absent fields are left as they are.</summary>
    public sealed record AccountRequest(string? Id, string? DisplayName, string? Role, List<string>? Skills, int? Capacity, decimal? ApprovalLimit, string? Password);

    private static async Task<IResult> ListAsync(AgentDirectory directory, CancellationToken cancellationToken) =>
        Results.Json(new { items = (await directory.ListAsync(cancellationToken)).Select(AccountView.Of) }, BotJson.Options);

    private static async Task<IResult> CreateAsync(HttpContext http, AgentAccounts accounts, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBody.ReadAsync<AccountRequest>(http.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(request!.Id) || request.Id.Trim().Length > 64 || request.Id.Trim().Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '.' and not '-' and not '_' and not '@'))
        {
            return JsonBody.Invalid("id is the sign-in name: up to 64 letters, digits, dots, dashes, underscores or @ (an e-mail address, for sign-in with the company account).");
        }

        var account = new AgentAccount { Id = request.Id.Trim(), DisplayName = request.Id.Trim(), Skills = [.. KnownSkills] };
        if (Apply(account, request) is { } invalid)
        {
            return invalid;
        }

        if (request.Password is not { Length: >= AgentAccounts.MinimumPasswordLength })
        {
            return JsonBody.Invalid($"password needs at least {AgentAccounts.MinimumPasswordLength} characters.");
        }

        return await accounts.TryCreateAsync(account, request.Password, cancellationToken) is { } created
            ? Results.Json(AccountView.Of(created), BotJson.Options, statusCode: StatusCodes.Status201Created)
            : Results.Problem($"An account '{account.Id}' exists already.", statusCode: StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ChangeAsync(string id, HttpContext http, AgentDirectory directory, AgentAccounts accounts, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBody.ReadAsync<AccountRequest>(http.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (request!.Password is { } password && password.Length < AgentAccounts.MinimumPasswordLength)
        {
            return JsonBody.Invalid($"password needs at least {AgentAccounts.MinimumPasswordLength} characters.");
        }

        // Validated on a copy first, so a bad field changes nothing.
        if (await directory.FindAsync(id, cancellationToken) is not { } current)
        {
            return NoSuchAccount(id);
        }

        if (Apply(Copy(current), request) is { } invalid)
        {
            return invalid;
        }

        var admins = (await directory.ListAsync(cancellationToken)).Count(a => a.Role == AgentRole.Admin);
        if (current.Role == AgentRole.Admin && admins == 1 && request.Role is { } role && !role.Equals(nameof(AgentRole.Admin), StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem("This is the last admin: make someone else an admin first.", statusCode: StatusCodes.Status409Conflict);
        }

        if (!await directory.UpdateAsync(id, stored => Apply(stored, request), cancellationToken)
            || (request.Password is not null && !await accounts.SetPasswordAsync(id, request.Password, cancellationToken)))
        {
            return NoSuchAccount(id);
        }

        return Results.Json(AccountView.Of((await directory.FindAsync(id, cancellationToken))!), BotJson.Options);
    }

    private static async Task<IResult> RemoveAsync(string id, ClaimsPrincipal user, AgentDirectory directory, CancellationToken cancellationToken)
    {
        if (string.Equals(user.FindFirstValue(ClaimTypes.NameIdentifier), id.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem("You cannot remove your own account.", statusCode: StatusCodes.Status409Conflict);
        }

        if (await directory.FindAsync(id, cancellationToken) is null)
        {
            return NoSuchAccount(id);
        }

        return await directory.RemoveKeepingAnAdminAsync(id, cancellationToken)
            ? Results.NoContent()
            : Results.Problem("This is the last admin: make someone else an admin first.", statusCode: StatusCodes.Status409Conflict);
    }

    /// <summary>Sets the fields the request gives; the reason when one is not acceptable.</summary>
    private static IResult? Apply(AgentAccount account, AccountRequest request)
    {
        if (request.DisplayName is { } name)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > 80)
            {
                return JsonBody.Invalid("displayName is 1 to 80 characters.");
            }

            account.DisplayName = name.Trim();
        }

        if (request.Role is { } role)
        {
            if (!Enum.TryParse<AgentRole>(role, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(role, out _))
            {
                return JsonBody.Invalid("role must be agent, supervisor or admin.");
            }

            account.Role = parsed;
        }

        if (request.Skills is { } skills)
        {
            var unknown = skills.Where(s => !KnownSkills.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0)
            {
                return JsonBody.Invalid($"Unknown skills: {string.Join(", ", unknown)}. Skills are {string.Join(", ", KnownSkills)}.");
            }

            account.Skills = skills.Select(s => s.ToLowerInvariant()).Distinct().ToList();
        }

        if (request.Capacity is { } capacity)
        {
            if (capacity is < 1 or > 20)
            {
                return JsonBody.Invalid("capacity is 1 to 20 chats at once.");
            }

            account.Capacity = capacity;
        }

        if (request.ApprovalLimit is { } limit)
        {
            if (limit < 0)
            {
                return JsonBody.Invalid("approvalLimit cannot be negative.");
            }

            account.ApprovalLimit = limit;
        }

        return null;
    }

    private static AgentAccount Copy(AgentAccount account) => new()
    {
        Id = account.Id,
        DisplayName = account.DisplayName,
        Role = account.Role,
        Skills = [.. account.Skills],
        Capacity = account.Capacity,
        ApprovalLimit = account.ApprovalLimit,
    };

    private static IResult NoSuchAccount(string id) => Results.Problem($"There is no account '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
