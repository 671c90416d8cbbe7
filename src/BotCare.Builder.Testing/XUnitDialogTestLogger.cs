using System.Diagnostics;
using Xunit;

namespace BotCare.Builder.Testing;

/// <summary>Prints the conversation to the xunit test output: what the user sent and what the bot answered, with timings.</summary>
public sealed class XUnitDialogTestLogger : IMiddleware
{
    private readonly ITestOutputHelper _output;

    public XUnitDialogTestLogger(ITestOutputHelper output)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var stopwatch = Stopwatch.StartNew();
        _output.WriteLine($"\nUser: {Describe(turnContext.Activity)}");

        turnContext.OnSendActivities(async (ctx, activities, nextSend) =>
        {
            foreach (var activity in activities)
            {
                _output.WriteLine($"\nBot: {Describe(activity)}");
                _output.WriteLine($"     inputHint = {activity.InputHint}, elapsed {stopwatch.ElapsedMilliseconds} ms");
            }

            return await nextSend();
        });

        await next(cancellationToken);
    }

    private static string Describe(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message when activity.SuggestedActions is { Actions.Count: > 0 } actions =>
            $"{activity.Text} [{string.Join(" | ", actions.Actions.Select(a => a.Title))}]",
        ActivityTypes.Message when activity.Attachments is { Count: > 0 } attachments =>
            $"{activity.Text} (+{attachments.Count} attachment(s): {string.Join(", ", attachments.Select(a => a.ContentType))})",
        ActivityTypes.Message => activity.Text ?? string.Empty,
        _ => $"({activity.Type}{(activity.Name is null ? string.Empty : " " + activity.Name)})",
    };
}
