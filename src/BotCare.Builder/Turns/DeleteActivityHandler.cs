namespace BotCare.Builder;

/// <summary>A hook around deleting an activity the bot sent earlier.</summary>
public delegate Task DeleteActivityHandler(ITurnContext turnContext, ConversationReference reference, Func<Task> next);
