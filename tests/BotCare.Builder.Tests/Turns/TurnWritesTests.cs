namespace BotCare.Builder.Tests.Turns;

public sealed class TurnWritesTests
{
    [Fact]
    public async Task ATurnEndsOnlyWhenTheWritesItStartedAreDone()
    {
        var write = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var turn = new RecordingAdapter().RunAsync(RecordingAdapter.Incoming(), (ctx, ct) =>
        {
            TurnWrites.Add(ctx, write.Task);
            return Task.CompletedTask;
        });

        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(turn.IsCompleted);
        write.SetResult();
        await turn.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task AWriteThatFailsReachesTheTurnErrorHandler()
    {
        Exception? handled = null;
        var adapter = new RecordingAdapter { OnTurnError = (_, ex) => { handled = ex; return Task.CompletedTask; } };

        await adapter.RunAsync(RecordingAdapter.Incoming(), (ctx, ct) =>
        {
            TurnWrites.Add(ctx, Task.CompletedTask);
            TurnWrites.Add(ctx, Task.FromException(new IOException("disk full")));
            return Task.CompletedTask;
        });

        Assert.Equal("disk full", Assert.IsType<IOException>(handled).Message);
    }
}
