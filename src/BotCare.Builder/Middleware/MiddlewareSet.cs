namespace BotCare.Builder;

/// <summary>Middleware run in the order it was added, ending in the bot's callback.</summary>
public sealed class MiddlewareSet : IMiddleware
{
    private readonly List<IMiddleware> _middleware = [];

    public IReadOnlyList<IMiddleware> Items => _middleware;

    public MiddlewareSet Use(IMiddleware middleware)
    {
        _middleware.Add(middleware ?? throw new ArgumentNullException(nameof(middleware)));
        return this;
    }

    /// <summary>Lets a whole set run as one step inside another pipeline.</summary>
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        => ReceiveActivityWithStatusAsync(turnContext, (ctx, ct) => next(ct), cancellationToken);

    /// <summary>Runs every middleware, then <paramref name="callback"/> (if any).</summary>
    public Task ReceiveActivityWithStatusAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
        => RunAsync(0, turnContext, callback, cancellationToken);

    private Task RunAsync(int index, ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return callback is null ? Task.CompletedTask : callback(turnContext, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(
            turnContext,
            ct => RunAsync(index + 1, turnContext, callback, ct),
            cancellationToken);
    }
}
