using BotCare.Builder;
using BotCare.Cases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCare.Storage.Sqlite;

/// <summary>Registers SQLite as BotCare's store (the default when nothing is configured).</summary>
public static class SqliteServiceCollectionExtensions
{
    /// <summary>The file used when <c>ConnectionStrings:BotCare</c> is empty: under <c>.data/</c>, which git ignores.</summary>
    public const string DefaultConnectionString = "Data Source=.data/botcare.db";

    public static IServiceCollection AddBotCareSqlite(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetConnectionString("BotCare");
        var connectionString = string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured;
        services.TryAddSingleton(new SqliteDatabase(connectionString));
        services.TryAddSingleton<IStorage, SqliteStorage>();

        // Replace the in-memory stores that AddBotCareCases registers, whichever was added first.
        services.RemoveAll<ITranscriptStore>();
        services.AddSingleton<ITranscriptStore, SqliteTranscriptStore>();
        services.RemoveAll<ICaseStore>();
        services.AddSingleton<ICaseStore, SqliteCaseStore>();
        services.RemoveAll<IEscalationQueue>();
        services.AddSingleton<IEscalationQueue, SqliteEscalationQueue>();
        services.RemoveAll<ICommitmentStore>();
        services.AddSingleton<ICommitmentStore, SqliteCommitmentStore>();
        return services;
    }
}
