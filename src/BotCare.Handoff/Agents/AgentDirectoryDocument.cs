using BotCare.Builder;
using BotCare.Cases;

namespace BotCare.Handoff;

/// <summary>The stored shape of the <see cref="AgentDirectory"/>: every account, under one ETag.</summary>
public sealed class AgentDirectoryDocument : IStoreItem
{
    public List<AgentAccount> Agents { get; set; } = [];

    public string? ETag { get; set; }
}
