namespace BotCare.Web;

public static class FollowUpsServiceCollectionExtensions
{
    /// <summary>The follow-up scheduler: due follow-ups from the commitment ledger, sent on the customer's channel.</summary>
    public static IServiceCollection AddBotCareFollowUps(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FollowUpOptions>(configuration.GetSection(FollowUpOptions.SectionName));
        services.AddSingleton<FollowUpScheduler>();
        services.AddHostedService<FollowUpService>();
        return services;
    }
}
