using BotCare.Builder;
using BotCare.Cases;
using BotCare.Storage.Sqlite;

namespace BotCare.Web;

/// <summary>Chooses the storage provider from <c>Storage:Provider</c> (SQLite when unset).</summary>
public static class StorageRegistration
{
    public static IServiceCollection AddBotCareStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["Storage:Provider"];
        if (!Enum.TryParse<StorageProvider>(string.IsNullOrWhiteSpace(configured) ? nameof(StorageProvider.Sqlite) : configured, ignoreCase: true, out var provider)
            || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException($"Storage:Provider '{configured}' is not one of: {string.Join(", ", Enum.GetNames<StorageProvider>())}.");
        }

        switch (provider)
        {
            case StorageProvider.Sqlite:
                services.AddBotCareSqlite(configuration);
                break;
            case StorageProvider.Memory:
                services.AddSingleton<IStorage, MemoryStorage>();
                services.AddSingleton<ICaseStore, MemoryCaseStore>();
                break;
            default:
                throw new InvalidOperationException("Storage:Provider 'Postgres' is not available in this version yet; use 'Sqlite' (the default) or 'Memory'.");
        }

        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        return services;
    }
}
