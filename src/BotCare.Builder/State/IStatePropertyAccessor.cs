namespace BotCare.Builder;

/// <summary>
/// A named property of a <see cref="BotState"/>. Reads load the state once per turn; writes change only the
/// turn's cached copy until the state is saved.
/// </summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>
    /// The property's value. When it is not set (or set to null), <paramref name="defaultValueFactory"/> creates
    /// it and it is stored; without a factory the result is <c>default</c>, as in the SDK.
    /// </summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
