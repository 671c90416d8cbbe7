namespace BotCare.Builder;

/// <summary>A hook around sending; may change the list, or skip sending by not calling <paramref name="next"/>.</summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next);
