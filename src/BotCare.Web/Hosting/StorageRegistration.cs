using BotCare.Builder;
using BotCare.Cases;
using BotCare.Storage.Postgres;
using BotCare.Storage.Sqlite;

namespace BotCare.Web;

/// <summary>Chooses the storage provider from <c>Storage:Provider</c> (SQLite when unset).</summary>
public static class StorageRegistration
{
    /// <summary>About 10 KB each in memory for a recovery conversation: 2,000 active chats cost some 20 MB.</summary>
    private const int DefaultCachedConversations = 2000;

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
                services.AddSingleton<ITranscriptStore, MemoryTranscriptStore>();
                services.AddSingleton<ICaseStore, MemoryCaseStore>();
                services.AddSingleton<IEscalationQueue, MemoryEscalationQueue>();
                services.AddSingleton<ICommitmentStore, MemoryCommitmentStore>();
                break;
            case StorageProvider.Postgres:
                services.AddBotCarePostgres(configuration);
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{provider}' has no registration.");
        }

        // Conversations' state stays in memory between their turns, checked against storage each turn (BotStateCache);
        // users come back too rarely for that to pay.
        var cached = configuration.GetValue("Storage:CachedConversations", DefaultCachedConversations);
        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>(), cached > 0 ? new BotStateCache(cached) : null));
        services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        return services;
    }
}
