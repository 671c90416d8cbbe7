namespace BotCare.Builder;

/// <summary>A hook around updating an activity the bot sent earlier.</summary>
public delegate Task<ResourceResponse> UpdateActivityHandler(ITurnContext turnContext, Activity activity, Func<Task<ResourceResponse>> next);
