namespace BotCare.Handoff;

/// <summary>
/// Marks the turns <see cref="AgentActions"/> runs, for the routing middleware: a <c>handoff.status</c> event in such a
/// turn comes from BotCare's own console, which nothing on the wire can fake (a Direct Line client can post any event,
/// but cannot reach into this process's call flow).
/// </summary>
internal static class AgentTurn
{
    private static readonly AsyncLocal<bool> Running = new();

    public static bool IsRunning => Running.Value;

    public static async Task RunAsync(Func<Task> turn)
    {
        Running.Value = true;
        try
        {
            await turn();
        }
        finally
        {
            Running.Value = false;
        }
    }
}
