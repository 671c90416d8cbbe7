using BotCare.Cases;
using BotCare.Handoff;
using Microsoft.AspNetCore.Identity;

namespace BotCare.Web;

/// <summary>
/// Agents' accounts, the handoff to them and their consoles' live connection, on the same bot storage as everything
/// else. The consoles hear of changes over SignalR; agents' turns run on the customer's own channel.
/// </summary>
public static class AgentsServiceCollectionExtensions
{
    public static IServiceCollection AddBotCareAgents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotCareHandoff(configuration);
        services.AddSignalR();
        services.AddSingleton<IAgentNotifier, SignalRAgentNotifier>();
        services.AddSingleton<IConversationTurns, ChannelConversationTurns>();
        services.AddSingleton<LiveConversations>();
        services.AddSingleton<AgentConsoleBroadcast>();
        services.AddHostedService(sp => sp.GetRequiredService<AgentConsoleBroadcast>());
        services.AddSingleton<LiveTranscriptMiddleware>();
        services.AddHostedService<QueueAnnouncementService>();
        services.Configure<AgentConsoleOptions>(configuration.GetSection(AgentConsoleOptions.Section));
        services.AddSingleton<IPasswordHasher<AgentAccount>, PasswordHasher<AgentAccount>>();
        services.AddSingleton<AgentAccounts>();
        services.AddSingleton<SignInThrottle>();
        services.Configure<FirstAdminOptions>(configuration.GetSection(FirstAdminOptions.Section));
        services.AddHostedService<FirstAdminSeeder>();
        return services;
    }
}
