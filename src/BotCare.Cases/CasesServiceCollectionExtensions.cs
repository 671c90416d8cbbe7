using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCare.Cases;

/// <summary>Registers the remedy policy, business hours, order lookup and in-memory case, queue and commitment stores.</summary>
public static class CasesServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>RemedyPolicy</c> and <c>BusinessHours</c> from configuration and registers the sample JSON order
    /// lookup (<c>Orders:File</c>, default the bundled sample orders). Storage providers replace the case store.
    /// </summary>
    public static IServiceCollection AddBotCareCases(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RemedyPolicyOptions>().Bind(configuration.GetSection(RemedyPolicyOptions.SectionName));
        services.AddOptions<BusinessHoursOptions>().Bind(configuration.GetSection(BusinessHoursOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RemedyPolicy>();
        services.TryAddSingleton<BusinessHours>();
        services.TryAddSingleton<ICaseStore, MemoryCaseStore>();
        services.TryAddSingleton<IEscalationQueue, MemoryEscalationQueue>();
        services.TryAddSingleton<ICommitmentStore, MemoryCommitmentStore>();
        services.TryAddSingleton<IRemedyFulfillment, RecordOnlyRemedyFulfillment>();
        services.TryAddSingleton<IOrderLookup>(sp =>
        {
            var configured = configuration["Orders:File"];
            var file = string.IsNullOrWhiteSpace(configured) ? Path.Combine(AppContext.BaseDirectory, "SampleData", "orders.json") : configured;
            return new JsonFileOrderLookup(file, sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }
}
