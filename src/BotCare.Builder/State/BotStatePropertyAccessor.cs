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
        try
        {
            return await _botState.GetPropertyValueAsync<T>(turnContext, Name, cancellationToken);
        }
        catch (KeyNotFoundException) when (defaultValueFactory is not null || !typeof(T).IsValueType || Nullable.GetUnderlyingType(typeof(T)) is not null)
        {
            if (defaultValueFactory is null)
            {
                return default!;
            }

            var value = defaultValueFactory();
            await SetAsync(turnContext, value, cancellationToken);
            return value;
        }
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
