namespace BotCare.Web;

public static class DataProtectionServiceCollectionExtensions
{
    /// <summary>Erasure on request, retention, their reports and the background sweep (<c>DataProtection</c> settings).</summary>
    public static IServiceCollection AddBotCareDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataProtectionOptions>()
            .Bind(configuration.GetSection(DataProtectionOptions.Section))
            .Validate(o => o.RetainClosedConversationsDays >= 0, "DataProtection:RetainClosedConversationsDays is 0 (off) or more days.")
            .Validate(o => o.RetentionCheckEvery > TimeSpan.Zero, "DataProtection:RetentionCheckEvery must be a positive time span, such as 06:00:00.")
            .ValidateOnStart();
        services.AddSingleton<Pseudonyms>();
        services.AddSingleton<ErasureReports>();
        services.AddSingleton<ConversationData>();
        services.AddSingleton<CustomerErasure>();
        services.AddSingleton<RetentionSweep>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}
