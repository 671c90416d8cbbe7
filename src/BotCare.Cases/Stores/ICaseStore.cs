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
}
