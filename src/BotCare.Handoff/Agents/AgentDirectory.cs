using BotCare.Builder;
using BotCare.Cases;

namespace BotCare.Handoff;

/// <summary>
/// The agents' accounts, kept as one document in bot storage so every instance and every storage provider (memory,
/// SQLite, PostgreSQL) shares them with no tables of their own: a support team is tens or hundreds of people, not
/// millions. Every change is a read, a change and a write under the document's ETag, tried again when another
/// instance changed the directory in between, so concurrent changes are never lost.
/// </summary>
public sealed class AgentDirectory(IStorage storage)
{
    /// <summary>The storage key of the directory document.</summary>
    public const string StorageKey = "botcare/agents";

    private const int Attempts = 10;

    public async Task<IReadOnlyList<AgentAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        var document = await ReadAsync(cancellationToken);
        return document.Agents.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The account signing in as <paramref name="id"/> (any case), or null.</summary>
    public async Task<AgentAccount?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var document = await ReadAsync(cancellationToken);
        return document.Agents.Find(a => a.Id == Normalize(id));
    }

    /// <summary>Adds the account, or replaces the one with its id.</summary>
    public Task SaveAsync(AgentAccount account, CancellationToken cancellationToken = default)
    {
        Prepare(account);
        return ChangeAsync(
            document =>
            {
                document.Agents.RemoveAll(a => a.Id == account.Id);
                document.Agents.Add(account);
                return true;
            },
            cancellationToken);
    }

    /// <summary>Adds the account unless one with its id exists (checked on the latest directory); false when it did.</summary>
    public Task<bool> TryAddAsync(AgentAccount account, CancellationToken cancellationToken = default)
    {
        Prepare(account);
        return ChangeAsync(
            document =>
            {
                if (document.Agents.Exists(a => a.Id == account.Id))
                {
                    return false;
                }

                document.Agents.Add(account);
                return true;
            },
            cancellationToken);
    }

    /// <summary>
    /// Removes the account unless that would leave no administrator (checked on the latest directory, so two admins
    /// removing each other at once cannot lock everyone out); false when there was none or it was the last admin.
    /// </summary>
    public Task<bool> RemoveKeepingAnAdminAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ChangeAsync(
            document =>
            {
                var removing = document.Agents.Find(a => a.Id == Normalize(id));
                var lastAdmin = removing?.Role == AgentRole.Admin && document.Agents.Count(a => a.Role == AgentRole.Admin) == 1;
                return removing is not null && !lastAdmin && document.Agents.Remove(removing);
            },
            cancellationToken);
    }

    /// <summary>Sets the agent's presence; false when there is no such agent.</summary>
    public Task<bool> SetPresenceAsync(string id, AgentPresence presence, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, agent => agent.Presence = presence, cancellationToken);

    /// <summary>
    /// Changes one account as it is stored now (not as some caller read it earlier), so other changes made meanwhile
    /// are kept; false when there is no such agent (it is not brought back).
    /// </summary>
    public Task<bool> UpdateAsync(string id, Action<AgentAccount> update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(update);
        return ChangeAsync(
            document =>
            {
                if (document.Agents.Find(a => a.Id == Normalize(id)) is not { } agent)
                {
                    return false;
                }

                update(agent);
                return true;
            },
            cancellationToken);
    }

    /// <summary>Removes the account; false when there was none.</summary>
    public Task<bool> RemoveAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ChangeAsync(document => document.Agents.RemoveAll(a => a.Id == Normalize(id)) > 0, cancellationToken);
    }

    private static string Normalize(string id) => id.Trim().ToLowerInvariant();

    /// <summary>Checks an account about to be stored and keeps its id in the one form lookups use.</summary>
    private static void Prepare(AgentAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(account.Id);
        if (account.Capacity < 1)
        {
            throw new ArgumentException("An agent's capacity is at least one chat.", nameof(account));
        }

        account.Id = Normalize(account.Id);
    }

    private async Task<AgentDirectoryDocument> ReadAsync(CancellationToken cancellationToken)
    {
        var found = await storage.ReadAsync<AgentDirectoryDocument>([StorageKey], cancellationToken);
        return found.TryGetValue(StorageKey, out var document) ? document : new AgentDirectoryDocument();
    }

    /// <summary>Applies <paramref name="change"/> to the latest directory and writes it back if it changed anything.</summary>
    private async Task<bool> ChangeAsync(Func<AgentDirectoryDocument, bool> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var document = await ReadAsync(cancellationToken);
            if (!change(document))
            {
                return false;
            }

            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [StorageKey] = document }, cancellationToken);
                return true;
            }
            catch (ETagConflictException) when (attempt < Attempts)
            {
                // Another instance changed the directory since we read it: apply the change to its version.
            }
        }
    }
}
