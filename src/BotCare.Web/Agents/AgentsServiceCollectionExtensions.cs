using BotCare.Builder;
using BotCare.Cases;
using BotCare.Handoff;
using Microsoft.AspNetCore.Identity;

namespace BotCare.Web;

/// <summary>Agents' accounts and sign-in, on the same bot storage as everything else.</summary>
public static class AgentsServiceCollectionExtensions
{
    public static IServiceCollection AddBotCareAgents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => new AgentDirectory(sp.GetRequiredService<IStorage>()));
        services.AddSingleton<IPasswordHasher<AgentAccount>, PasswordHasher<AgentAccount>>();
        services.AddSingleton<AgentAccounts>();
        services.Configure<FirstAdminOptions>(configuration.GetSection(FirstAdminOptions.Section));
        services.AddHostedService<FirstAdminSeeder>();
        return services;
    }
}
