namespace BotCare.Handoff.Tests;

/// <summary>The people side as a test sees it: every message routed to it and every change of owner, in order.</summary>
internal sealed class RecordingAgentNotifier : IAgentNotifier
{
    public List<(string Text, ConversationOwner Owner, string? AgentId)> Messages { get; } = [];

    public List<OwnershipChange> Changes { get; } = [];

    public List<string> NotesChanged { get; } = [];

    public Task CustomerMessageAsync(ConversationOwnership ownership, IMessageActivity message, CancellationToken cancellationToken = default)
    {
        Messages.Add((message.Text ?? string.Empty, ownership.Owner, ownership.AgentId));
        return Task.CompletedTask;
    }

    public Task OwnerChangedAsync(string conversationId, OwnershipChange change, CancellationToken cancellationToken = default)
    {
        Changes.Add(change);
        return Task.CompletedTask;
    }

    public Task NotesChangedAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        NotesChanged.Add(conversationId);
        return Task.CompletedTask;
    }
}
