namespace BotCare.Cases;

/// <summary>Cases in process memory, for tests and a single developer instance. Readers get copies.</summary>
public sealed class MemoryCaseStore : ICaseStore
{
    private readonly Dictionary<string, string> _cases = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task<Case?> GetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_cases.TryGetValue(caseId, out var json) ? CaseJson.Deserialize(json) : null);
        }
    }

    public Task<Case?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var match = _cases.Values.Select(CaseJson.Deserialize)
                .Where(c => c.ConversationId == conversationId)
                .OrderByDescending(c => c.UpdatedAt)
                .FirstOrDefault();
            return Task.FromResult(match);
        }
    }

    public Task SaveAsync(Case @case, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        lock (_lock)
        {
            _cases[@case.Id] = CaseJson.Serialize(@case);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Case>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_lock)
        {
            IReadOnlyList<Case> cases = _cases.Values.Select(CaseJson.Deserialize)
                .Where(query.Matches)
                .OrderByDescending(c => c.UpdatedAt)
                .Take(query.Limit)
                .ToList();
            return Task.FromResult(cases);
        }
    }

    public Task<IReadOnlyList<Case>> ListByConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<Case> cases = _cases.Values.Select(CaseJson.Deserialize)
                .Where(c => c.ConversationId == conversationId)
                .OrderByDescending(c => c.UpdatedAt)
                .ToList();
            return Task.FromResult(cases);
        }
    }

    public Task<bool> DeleteAsync(string caseId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_cases.Remove(caseId));
        }
    }

    public Task<IReadOnlyList<Case>> ListToAnonymizeAsync(DateTimeOffset updatedBefore, int limit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<Case> cases = _cases.Values.Select(CaseJson.Deserialize)
                .Where(c => c.UpdatedAt < updatedBefore && !CaseAnonymizer.IsPseudonym(c.Customer.Id))
                .OrderBy(c => c.UpdatedAt)
                .Take(limit)
                .ToList();
            return Task.FromResult(cases);
        }
    }
}
