using BotCare.Cases;
using BotCare.Channels;
using BotCare.Dialogs;
using BotCare.Understanding;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace BotCare.Web;

/// <summary>Everything BotCare's web host registers and maps, so Program.cs stays two lines long.</summary>
public static class BotCareWebHost
{
    public static WebApplicationBuilder AddBotCare(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The repository's one appsettings.json is copied beside the binaries; it goes first so that
        // appsettings.{Environment}.json, environment variables (Storage__Provider) and the command line override it.
        builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = "appsettings.json",
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Optional = true,
        });

        var configuration = builder.Configuration;
        var services = builder.Services;
        services.AddBotCareUnderstanding();
        services.AddBotCareCases(configuration);
        services.AddBotCareDialogs(configuration);
        services.AddBotCareStorage(configuration);
        services.AddBotCareChannels(configuration);
        services.AddBotCareBot();
        services.AddBotCareChat(configuration);
        services.AddBotCareCaseApi(configuration);
        services.AddBotCareAgents(configuration);
        services.AddBotCareAgentSignIn(configuration);
        services.AddBotCareFollowUps(configuration);
        services.AddBotCareCommitments(configuration);
        services.AddBotCareHealth();
        services.AddBotCareInsights();
        services.AddBotCareDataProtection(configuration);
        services.AddProblemDetails();

        // A query string that does not parse is the caller's mistake (400), in development too, never a 500.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        return builder;
    }

    public static WebApplication UseBotCare(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<BotPipeline>().Attach();
        // An unexpected failure is a plain problem report (never a stack trace) outside development.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapBotMessages();
        app.MapDirectLine();
        app.MapChat();
        app.MapCases();
        app.MapAgentSignIn();
        app.MapAgentQueue();
        app.MapAgentConversations();
        app.MapAgentConversationViews();
        app.MapAgentAccounts();
        app.MapAgentCommitments();
        app.MapHub<AgentHub>(AgentHub.Path);
        app.MapHealth();
        app.MapInsights();
        app.MapDataProtection();
        return app;
    }
}
