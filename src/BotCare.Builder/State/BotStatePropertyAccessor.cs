namespace BotCare.Builder;

/// <summary>The accessor <see cref="BotState.CreateProperty{T}"/> returns.</summary>
internal sealed class BotStatePropertyAccessor<T> : IStatePropertyAccessor<T>
{
    private readonly BotState _botState;

    public BotStatePropertyAccessor(BotState botState, string name)
    {
        _botState = botState;
        Name = name;
    }

    public string Name { get; }

    public async Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        await _botState.LoadAsync(turnContext, false, cancellationToken);
        var isSet = _botState.TryGetPropertyValue(turnContext, Name, out T? value);
        if ((isSet && value is not null) || defaultValueFactory is null)
        {
            return value!;
        }

        // Missing, or stored as null (a "reset"): create the default and keep it for the rest of the turn.
        var created = defaultValueFactory();
        await SetAsync(turnContext, created, cancellationToken);
        return created;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        await _botState.LoadAsync(turnContext, false, cancellationToken);
        await _botState.SetPropertyValueAsync(turnContext, Name, value, cancellationToken);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await _botState.LoadAsync(turnContext, false, cancellationToken);
        await _botState.DeletePropertyValueAsync(turnContext, Name, cancellationToken);
    }
}
