namespace BotCare.Cases;

/// <summary>Where cases are kept, so agents and managers see them and nothing is lost across restarts.</summary>
public interface ICaseStore
{
    Task<Case?> GetAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>The case of a conversation (a conversation has at most one open case).</summary>
    Task<Case?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the case.</summary>
    Task SaveAsync(Case @case, CancellationToken cancellationToken = default);

    /// <summary>Cases, most recently updated first.</summary>
    Task<IReadOnlyList<Case>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every case of a conversation, most recently updated first (erasure finds them all, not only the open one).</summary>
    Task<IReadOnlyList<Case>> ListByConversationAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Removes the case (erasure); false when there was none.</summary>
    Task<bool> DeleteAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cases last updated before <paramref name="updatedBefore"/> whose customer id is not yet a pseudonym
    /// (<see cref="CaseAnonymizer.PseudonymPrefix"/>), oldest first, at most <paramref name="limit"/>: the retention
    /// sweep's work list. An anonymized case drops out of it, so running the sweep again does no work twice.
    /// </summary>
    Task<IReadOnlyList<Case>> ListToAnonymizeAsync(DateTimeOffset updatedBefore, int limit, CancellationToken cancellationToken = default);
}
