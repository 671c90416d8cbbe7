namespace BotCare.Builder;

/// <summary>
/// Writes a turn starts without waiting for them there and then, such as saving a case record. The turn's own state
/// save is queued behind them, and the adapter waits for all of them before the turn counts as handled, so a failure
/// still reaches <see cref="BotAdapter.OnTurnError"/>. Why: a store that commits queued writes together (SQLite) then
/// commits the case and the conversation state in one go, and the turn waits for one commit instead of two.
/// </summary>
public static class TurnWrites
{
    private const string Key = "BotCare.TurnWrites";

    /// <summary>Has the turn wait for <paramref name="write"/> before it ends.</summary>
    public static void Add(ITurnContext turnContext, Task write)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(write);
        if (turnContext.TurnState.Get<List<Task>>(Key) is not { } writes)
        {
            writes = [];
            turnContext.TurnState[Key] = writes;
        }

        writes.Add(write);
    }

    /// <summary>Completes when every write added in this turn is done; throws the first failure.</summary>
    public static async Task WhenWrittenAsync(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<List<Task>>(Key) is not { Count: > 0 } writes)
        {
            return;
        }

        // Taken out first: a write added while waiting (by an error handler, say) gets its own wait.
        turnContext.TurnState.Remove(Key);
        foreach (var write in writes)
        {
            await write;
        }
    }
}
