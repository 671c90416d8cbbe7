namespace BotCare.Cases;

/// <summary>Copies queue entries, so stores hand out values that callers cannot change behind their back.</summary>
public static class QueueEntryCopy
{
    public static QueueEntry Of(QueueEntry e) => new()
    {
        ConversationId = e.ConversationId,
        ChannelId = e.ChannelId,
        CaseId = e.CaseId,
        CustomerId = e.CustomerId,
        CustomerName = e.CustomerName,
        Skill = e.Skill,
        Reason = e.Reason,
        Anger = e.Anger,
        CustomerValue = e.CustomerValue,
        Rank = e.Rank,
        EnqueuedAt = e.EnqueuedAt,
        Status = e.Status,
        AgentId = e.AgentId,
        AssignedAt = e.AssignedAt,
        ClosedAt = e.ClosedAt,
        Version = e.Version,
        BriefJson = e.BriefJson,
        ConversationReferenceJson = e.ConversationReferenceJson,
    };
}
