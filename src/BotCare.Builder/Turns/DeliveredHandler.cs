namespace BotCare.Builder;

/// <summary>
/// Told about activities once they really left the turn: posted to the channel, or put in the response of an
/// <see cref="DeliveryModes.ExpectReplies"/> request. Unlike a send hook, it never hears of replies that were held
/// back and then dropped (a turn re-run after a conflict, a failed turn).
/// </summary>
public delegate Task DeliveredHandler(ITurnContext turnContext, IReadOnlyList<Activity> activities, ResourceResponse[] responses);
