namespace BotCare.Web;

/// <summary>The insights dashboard: figures from the stored cases, for supervisors and admins.</summary>
public static class InsightsServiceCollectionExtensions
{
    public static IServiceCollection AddBotCareInsights(this IServiceCollection services)
    {
        services.AddSingleton<InsightsSource>();
        return services;
    }
}
