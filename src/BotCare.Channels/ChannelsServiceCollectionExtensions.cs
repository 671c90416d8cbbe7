using BotCare.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BotCare.Channels;

/// <summary>
/// Registers the Bot Framework channel adapter and the Direct Line server. The host provides <see cref="BotCare.Builder.IBot"/>
/// and <see cref="BotCare.Builder.IStorage"/>, and maps the endpoints with <c>MapBotMessages</c> and <c>MapDirectLine</c>.
/// </summary>
public static class ChannelsServiceCollectionExtensions
{
    public static IServiceCollection AddBotCareChannels(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // The SDK's setting names live at the root of the configuration, as in every Bot Framework sample.
        services.AddOptions<BotFrameworkAuthenticationOptions>().Bind(configuration);
        services.AddOptions<ChannelOptions>().Bind(configuration.GetSection(ChannelOptions.SectionName));
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName));

        services.AddHttpClient(BotFrameworkTokenValidator.HttpClientName);
        services.AddHttpClient(ConnectorClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BotFrameworkTokenValidator>();
        services.TryAddSingleton<IChannelTokenProvider, MsalChannelTokenProvider>();
        services.TryAddSingleton<ConnectorClient>();
        services.TryAddSingleton(sp => new ConversationPacer(sp.GetRequiredService<IOptions<ChannelOptions>>().Value.TeamsMessagesPerSecond));
        services.TryAddSingleton<CloudAdapter>();

        // Direct Line keeps its conversations in the host's IStorage, so they survive restarts.
        services.TryAddSingleton<OutageLog>();
        services.TryAddSingleton<DirectLineTokens>();
        services.TryAddSingleton<IInstanceSignals, SingleInstanceSignals>();
        services.TryAddSingleton<DirectLineStore>();
        services.TryAddSingleton<ConversationLocks>();
        services.TryAddSingleton<DirectLineAdapter>();
        services.TryAddSingleton<DirectLineService>();
        services.TryAddSingleton<DirectLineStreams>();
        var allowedOrigins = configuration.GetSection(DirectLineOptions.SectionName).Get<DirectLineOptions>()?.AllowedOrigins ?? [];
        services.AddCors(cors => DirectLineCors.AddPolicy(cors, allowedOrigins));
        return services;
    }
}
