namespace BotCare.Web;

/// <summary>
/// The commitment ledger in the agent console: its API, the owners' rules, and the check that flags promises and
/// callbacks about to be broken (<c>Commitments</c> in appsettings.json). The ledger store itself comes with the storage
/// provider.
/// </summary>
public static class CommitmentsServiceCollectionExtensions
{
    public static IServiceCollection AddBotCareCommitments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CommitmentOptions>(configuration.GetSection(CommitmentOptions.Section));
        services.AddSingleton<CommitmentOwners>();
        services.AddSingleton<CommitmentItems>();
        services.AddSingleton<ICommitmentAlerts, SignalRCommitmentAlerts>();
        services.AddSingleton<CommitmentAtRiskScanner>();
        services.AddHostedService<CommitmentAtRiskService>();
        return services;
    }
}
