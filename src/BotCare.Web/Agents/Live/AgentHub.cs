using System.Security.Claims;
using BotCare.Cases;
using BotCare.Handoff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace BotCare.Web;

/// <summary>
/// The consoles' live connection (<c>/hubs/agent</c>), for signed-in agents only: every console hears queue news; a
/// console watches the chat it has open and follows it message by message; the agent's typing is shown to the
/// customer. The sign-in cookie is SameSite=Strict, so another site's page cannot open this connection in an agent's
/// name.
/// </summary>
[Authorize(Policy = AgentAuthentication.AgentPolicy)]
public sealed class AgentHub(IEscalationQueue queue, AgentDirectory directory, AgentActions actions, AgentConsoleBroadcast consoles) : Hub<IAgentConsoleClient>
{
    public const string Path = "/hubs/agent";

    /// <summary>
    /// Every console hears queue news; each also joins its agent's own group and, for supervisors and admins, theirs.
    /// The role is read as the connection opens; a changed role counts from the console's next connection (a reload).
    /// </summary>
    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, AgentConsoleGroups.Everyone);
        if (await AccountAsync() is { } agent)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, AgentConsoleGroups.Agent(agent.Id));
            if (AgentVisibility.SeesEverything(agent))
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, AgentConsoleGroups.Supervisors);
            }
        }

        await base.OnConnectedAsync();
    }

    /// <summary>
    /// Follows a chat live: an agent the chats they hold and the ones waiting for their skills, a supervisor or admin
    /// any. False when the chat is not one this agent may see.
    /// </summary>
    public async Task<bool> Watch(string conversationId)
    {
        if (await AccountAsync() is not { } agent || !await MaySeeAsync(agent, conversationId))
        {
            return false;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, AgentConsoleGroups.Watching(conversationId));
        await consoles.WatchingAsync(conversationId);
        return true;
    }

    public Task Unwatch(string conversationId) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, AgentConsoleGroups.Watching(conversationId));

    /// <summary>The agent is typing a reply: the customer sees it, when this agent holds the chat.</summary>
    public async Task<bool> Typing(string conversationId) =>
        await AccountAsync() is { } agent && await actions.TypingAsync(conversationId, agent, Context.ConnectionAborted);

    private async Task<bool> MaySeeAsync(AgentAccount agent, string conversationId) =>
        AgentVisibility.SeesEverything(agent) || AgentVisibility.MaySee(agent, await queue.GetAsync(conversationId, Context.ConnectionAborted));

    /// <summary>The account as it is now: a connection outlives the request it was opened with, and roles change.</summary>
    private async Task<AgentAccount?> AccountAsync()
    {
        var id = Context.User?.FindFirstValue(ClaimTypes.NameIdentifier);
        return string.IsNullOrEmpty(id) ? null : await directory.FindAsync(id, Context.ConnectionAborted);
    }
}
