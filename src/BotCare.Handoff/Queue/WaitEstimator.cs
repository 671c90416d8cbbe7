using BotCare.Cases;

namespace BotCare.Handoff;

/// <summary>
/// Estimates a waiting customer's wait from who is on shift now: the online agents who take the chat's skill
/// (supervisors and admins take any), their free seats (capacity less the chats they hold) and the average time a chat
/// takes. A chat that a free seat can take waits only for someone to claim it; one further back waits for chats ahead
/// to finish, shared among the agents online.
/// </summary>
public sealed class WaitEstimator(IEscalationQueue queue, AgentDirectory directory, BusinessHours hours, HandoffOptions options)
{
    public async Task<WaitEstimate> EstimateAsync(string skill, int position, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var open = hours.IsOpen(now);
        var onShift = (await directory.ListAsync(cancellationToken))
            .Where(a => a.Presence == AgentPresence.Online && (a.Role != AgentRole.Agent || a.Handles(skill)))
            .ToList();
        if (onShift.Count == 0)
        {
            return new WaitEstimate(position, null, Staffed: false, open);
        }

        var freeSeats = 0;
        foreach (var agent in onShift)
        {
            freeSeats += Math.Max(0, agent.Capacity - await queue.CountAssignedAsync(agent.Id, cancellationToken));
        }

        var waitingForAFinish = position - freeSeats;
        var minutes = waitingForAFinish <= 0
            ? options.ClaimMinutes
            : options.ClaimMinutes + Math.Ceiling(waitingForAFinish * options.AverageHandleMinutes / onShift.Count);
        return new WaitEstimate(position, (int)Math.Max(1, Math.Ceiling(minutes)), Staffed: true, open);
    }
}
