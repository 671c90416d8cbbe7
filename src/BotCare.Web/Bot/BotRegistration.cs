using BotCare.Builder;
using BotCare.Dialogs;

namespace BotCare.Web;

/// <summary>Registers the bot and what every turn passes through.</summary>
public static class BotRegistration
{
    public static IServiceCollection AddBotCareBot(this IServiceCollection services)
    {
        services.AddSingleton<IBot, RecoveryBot>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<BotPipeline>();
        return services;
    }
}
