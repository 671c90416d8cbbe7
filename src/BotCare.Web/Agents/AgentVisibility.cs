using BotCare.Cases;

namespace BotCare.Web;

/// <summary>
/// Which chats an agent may open: their own, and the ones waiting for a skill they have (so they can read the brief
/// before claiming). Supervisors and admins see every chat, before and after a person handles it.
/// </summary>
public static class AgentVisibility
{
    public static bool SeesEverything(AgentAccount agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return agent.Role is AgentRole.Supervisor or AgentRole.Admin;
    }

    public static bool MaySee(AgentAccount agent, QueueEntry? entry) => SeesEverything(agent) || entry switch
    {
        { Status: QueueStatus.Assigned } held => held.AgentId == agent.Id,
        { Status: QueueStatus.Waiting } waiting => agent.Handles(waiting.Skill),
        _ => false,
    };
}
