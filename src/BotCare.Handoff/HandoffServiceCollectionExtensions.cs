using BotCare.Builder;
using BotCare.Cases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotCare.Handoff;

/// <summary>
/// Registers handoff at turn level: the routing middleware, the queueing (with BotCare's own queue) and the agents'
/// actions. The host supplies the transport: an <see cref="IAgentNotifier"/> (the consoles) and an
/// <see cref="IConversationTurns"/> (the channels' adapters).
/// </summary>
public static class HandoffServiceCollectionExtensions
{
    public static IServiceCollection AddBotCareHandoff(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<HandoffOptions>().Bind(configuration.GetSection(HandoffOptions.Section));
        services.AddSingleton(sp => new AgentDirectory(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new WaitEstimator(
            sp.GetRequiredService<IEscalationQueue>(), sp.GetRequiredService<AgentDirectory>(), sp.GetRequiredService<BusinessHours>(), sp.GetRequiredService<IOptions<HandoffOptions>>().Value));
        services.AddSingleton(sp => new HandoffQueueing(
            sp.GetRequiredService<IEscalationQueue>(), sp.GetRequiredService<IOptions<HandoffOptions>>().Value, sp.GetRequiredService<WaitEstimator>(), sp.GetService<IOrderLookup>()));
        services.AddSingleton(sp => new HandoffRoutingMiddleware(
            sp.GetRequiredService<ConversationState>(),
            sp.GetRequiredService<IAgentNotifier>(),
            sp.GetRequiredService<IOptions<HandoffOptions>>().Value.Mode == HandoffMode.Internal ? sp.GetRequiredService<HandoffQueueing>() : null,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new QueueAnnouncements(
            sp.GetRequiredService<IEscalationQueue>(),
            sp.GetRequiredService<IConversationTurns>(),
            sp.GetRequiredService<ConversationState>(),
            sp.GetRequiredService<WaitEstimator>(),
            sp.GetRequiredService<IOptions<HandoffOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new AgentActions(
            sp.GetRequiredService<IEscalationQueue>(),
            sp.GetRequiredService<IConversationTurns>(),
            sp.GetRequiredService<ConversationState>(),
            sp.GetRequiredService<IStorage>(),
            sp.GetRequiredService<IBot>(),
            sp.GetRequiredService<IAgentNotifier>(),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
