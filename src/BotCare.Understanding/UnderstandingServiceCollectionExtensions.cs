using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCare.Understanding;

/// <summary>Registers the classifier (the committed model, loaded once) and the message understander.</summary>
public static class UnderstandingServiceCollectionExtensions
{
    public static IServiceCollection AddBotCareUnderstanding(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => ComplaintClassifier.Default);
        services.TryAddSingleton<MessageUnderstander>();
        return services;
    }
}
