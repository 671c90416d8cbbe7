using BotCare.Builder;
using BotCare.Cases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace BotCare.Storage.Postgres;

/// <summary>Registers PostgreSQL as BotCare's store (<c>Storage:Provider=Postgres</c>), for several instances sharing one database.</summary>
public static class PostgresServiceCollectionExtensions
{
    public static IServiceCollection AddBotCarePostgres(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString("BotCare");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Storage:Provider is Postgres but ConnectionStrings:BotCare is empty; set it, for example "
                + "ConnectionStrings__BotCare=\"Host=127.0.0.1;Database=botcare;Username=botcare;Password=...\".");
        }

        services.TryAddSingleton(sp => new PostgresDatabase(connectionString, sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton<IStorage, PostgresStorage>();

        // Several instances share this database: tell the others when a conversation changes (LISTEN/NOTIFY).
        services.RemoveAll<IInstanceSignals>();
        services.AddSingleton<IInstanceSignals>(sp => new PostgresInstanceSignals(
            sp.GetRequiredService<PostgresDatabase>(), sp.GetService<ILogger<PostgresInstanceSignals>>()));

        // Replace the in-memory stores that AddBotCareCases registers, whichever was added first.
        services.RemoveAll<ITranscriptStore>();
        services.AddSingleton<ITranscriptStore, PostgresTranscriptStore>();
        services.RemoveAll<ICaseStore>();
        services.AddSingleton<ICaseStore, PostgresCaseStore>();
        services.RemoveAll<IEscalationQueue>();
        services.AddSingleton<IEscalationQueue, PostgresEscalationQueue>();
        services.RemoveAll<ICommitmentStore>();
        services.AddSingleton<ICommitmentStore, PostgresCommitmentStore>();
        return services;
    }
}
