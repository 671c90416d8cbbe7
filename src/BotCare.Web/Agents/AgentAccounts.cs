using BotCare.Cases;
using BotCare.Handoff;
using Microsoft.AspNetCore.Identity;

namespace BotCare.Web;

/// <summary>
/// Agents' sign-in with local accounts: passwords are stored only as ASP.NET Core's password hasher makes them
/// (salted PBKDF2), and checked the same way, re-hashed when the hasher's settings have moved on.
/// </summary>
public sealed class AgentAccounts(AgentDirectory directory, IPasswordHasher<AgentAccount> hasher)
{
    /// <summary>Shorter passwords are refused: a console that can see customers' orders deserves a real one.</summary>
    public const int MinimumPasswordLength = 12;

    // Checked against when the name is unknown, so a wrong name takes as long as a wrong password and sign-in does
    // not reveal which names exist.
    private readonly Lazy<string> _decoyHash = new(() => hasher.HashPassword(new AgentAccount(), Guid.NewGuid().ToString("N")));

    public async Task<AgentAccount> CreateAsync(string id, string displayName, AgentRole role, string password, IEnumerable<string>? skills = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        RequireStrong(password);
        var account = new AgentAccount
        {
            Id = id,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? id : displayName,
            Role = role,
            Skills = skills?.ToList() ?? ["product", "service", "billing", "delivery"],
        };
        account.PasswordHash = hasher.HashPassword(account, password);
        await directory.SaveAsync(account, cancellationToken);
        return account;
    }

    /// <summary>A new account, unless one with its id exists (null then); the password must be strong enough.</summary>
    public async Task<AgentAccount?> TryCreateAsync(AgentAccount account, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        RequireStrong(password);
        account.PasswordHash = hasher.HashPassword(account, password);
        return await directory.TryAddAsync(account, cancellationToken) ? account : null;
    }

    /// <summary>A new password for the account; false when there is no such account.</summary>
    public Task<bool> SetPasswordAsync(string id, string password, CancellationToken cancellationToken = default)
    {
        RequireStrong(password);
        var hash = hasher.HashPassword(new AgentAccount { Id = id }, password);
        return directory.UpdateAsync(id, account => account.PasswordHash = hash, cancellationToken);
    }

    /// <summary>The account when <paramref name="password"/> is its password; null for a wrong name or password.</summary>
    public async Task<AgentAccount?> SignInAsync(string id, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(password);
        var account = await directory.FindAsync(id, cancellationToken);
        if (account is null || string.IsNullOrEmpty(account.PasswordHash))
        {
            hasher.VerifyHashedPassword(new AgentAccount(), _decoyHash.Value, password);
            return null;
        }

        switch (hasher.VerifyHashedPassword(account, account.PasswordHash, password))
        {
            case PasswordVerificationResult.Success:
                return account;
            case PasswordVerificationResult.SuccessRehashNeeded:
                // Only the hash changes, on the account as stored now: a change or removal made meanwhile stands.
                var rehashed = hasher.HashPassword(account, password);
                return await directory.UpdateAsync(account.Id, stored => stored.PasswordHash = rehashed, cancellationToken) ? account : null;
            default:
                return null;
        }
    }

    private static void RequireStrong(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinimumPasswordLength)
        {
            throw new ArgumentException($"A password needs at least {MinimumPasswordLength} characters.", nameof(password));
        }
    }
}
