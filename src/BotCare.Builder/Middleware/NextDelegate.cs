namespace BotCare.Builder;

/// <summary>Runs the rest of the pipeline: the remaining middleware, then the bot.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);
