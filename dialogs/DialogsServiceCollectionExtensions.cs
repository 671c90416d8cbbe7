using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCare.Dialogs;

/// <summary>Registers the recovery conversation's options and services; the host adds state, storage and the adapter.</summary>
public static class DialogsServiceCollectionExtensions
{
    /// <summary>Binds the <c>Recovery</c> section and registers <see cref="RecoveryServices"/>.</summary>
    public static IServiceCollection AddBotCareDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RecoveryOptions>().Bind(configuration.GetSection(RecoveryOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RecoveryServices>();
        return services;
    }
}
