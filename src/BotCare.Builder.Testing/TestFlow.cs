using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace BotCare.Builder.Testing;

/// <summary>
/// A scripted conversation: what the user sends and what the bot must answer. Each call returns a new flow
/// with one more step; nothing runs until <see cref="StartTestAsync"/>.
/// </summary>
public sealed class TestFlow
{
    private const uint DefaultTimeout = 3000;

    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly Func<Task> _script;

    public TestFlow(TestAdapter adapter, BotCallbackHandler? callback = null)
        : this(adapter, callback ?? ((_, _) => Task.CompletedTask), () => Task.CompletedTask)
    {
    }

    public TestFlow(TestAdapter adapter, IBot bot)
        : this(adapter, (bot ?? throw new ArgumentNullException(nameof(bot))).OnTurnAsync)
    {
    }

    private TestFlow(TestAdapter adapter, BotCallbackHandler callback, Func<Task> script)
    {
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _callback = callback;
        _script = script;
    }

    public Task StartTestAsync() => _script();

    public TestFlow Send(string userSays)
    {
        ArgumentNullException.ThrowIfNull(userSays);
        return Then(() => _adapter.SendTextToBotAsync(userSays, _callback));
    }

    public TestFlow Send(IActivity userActivity)
    {
        ArgumentNullException.ThrowIfNull(userActivity);
        return Then(() => _adapter.ProcessActivityAsync((Activity)userActivity, _callback));
    }

    /// <summary>A conversationUpdate adding the test user, as a channel sends when a chat starts.</summary>
    public TestFlow SendConversationUpdate() => Then(() =>
    {
        var update = new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [_adapter.Conversation.User!] };
        return _adapter.ProcessActivityAsync(update, _callback);
    });

    public TestFlow Delay(uint ms) => Delay(TimeSpan.FromMilliseconds(ms));

    public TestFlow Delay(TimeSpan timeSpan) => Then(() => Task.Delay(timeSpan));

    /// <summary>The next reply is a message whose trimmed text equals <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected, string? description = null, uint timeout = DefaultTimeout)
        => AssertReply(_adapter.MakeActivity(expected), description ?? expected, timeout);

    /// <summary>The next reply has the same type and, for messages, the same trimmed text.</summary>
    public TestFlow AssertReply(IActivity expected, [CallerMemberName] string? description = null, uint timeout = DefaultTimeout)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return AssertReply(
            reply =>
            {
                if (expected.Type != reply.Type)
                {
                    throw new TestFlowAssertionException($"{description}: expected a '{expected.Type}' but got a '{reply.Type}' ({Describe(reply)}).");
                }

                var expectedText = (expected as Activity)?.Text?.Trim();
                var actualText = (reply as Activity)?.Text?.Trim();
                if (expected.Type == ActivityTypes.Message && expectedText != actualText)
                {
                    throw new TestFlowAssertionException($"{description}: expected \"{expectedText}\" but the bot said \"{actualText}\".");
                }
            },
            description,
            timeout);
    }

    /// <summary>The next reply equals <paramref name="expected"/> by <paramref name="equalityComparer"/>.</summary>
    public TestFlow AssertReply(IActivity expected, IEqualityComparer<IActivity> equalityComparer, [CallerMemberName] string? description = null, uint timeout = DefaultTimeout)
    {
        ArgumentNullException.ThrowIfNull(equalityComparer);
        return AssertReply(
            reply =>
            {
                if (!equalityComparer.Equals(expected, reply))
                {
                    throw new TestFlowAssertionException($"{description}: the reply did not match ({Describe(reply)}).");
                }
            },
            description,
            timeout);
    }

    /// <summary>The next reply passes <paramref name="validateActivity"/>, which throws when it does not.</summary>
    public TestFlow AssertReply(Action<IActivity> validateActivity, [CallerMemberName] string? description = null, uint timeout = DefaultTimeout)
    {
        ArgumentNullException.ThrowIfNull(validateActivity);
        return Then(async () => validateActivity(await NextReplyAsync(description, timeout)));
    }

    /// <summary>The next reply's text is exactly one of <paramref name="candidates"/>.</summary>
    public TestFlow AssertReplyOneOf(string[] candidates, string? description = null, uint timeout = DefaultTimeout)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return AssertReply(
            reply =>
            {
                var text = (reply as Activity)?.Text;
                if (!candidates.Contains(text))
                {
                    throw new TestFlowAssertionException($"{description}: \"{text}\" is none of the expected replies.");
                }
            },
            description,
            timeout);
    }

    /// <summary>The next reply's text contains <paramref name="expected"/>.</summary>
    public TestFlow AssertReplyContains(string expected, string? description = null, uint timeout = DefaultTimeout)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return AssertReply(
            reply =>
            {
                var text = (reply as Activity)?.Text;
                if (text is null || !text.Contains(expected, StringComparison.Ordinal))
                {
                    throw new TestFlowAssertionException($"{description}: expected a reply containing \"{expected}\" but the bot said \"{text}\".");
                }
            },
            description,
            timeout);
    }

    /// <summary>Nothing is sent within <paramref name="timeout"/> milliseconds.</summary>
    public TestFlow AssertNoReply(string? description = null, uint timeout = DefaultTimeout) => Then(async () =>
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(timeout));
        try
        {
            var reply = await _adapter.GetNextReplyAsync(cts.Token);
            throw new TestFlowAssertionException($"{description ?? "AssertNoReply"}: expected no reply but got {Describe(reply)}.");
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            // Nothing arrived: as expected.
        }
    });

    public TestFlow Test(string userSays, string expected, string? description = null, uint timeout = DefaultTimeout)
        => Send(userSays).AssertReply(expected, description, timeout);

    public TestFlow Test(string userSays, IActivity expected, string? description = null, uint timeout = DefaultTimeout)
        => Send(userSays).AssertReply(expected, description, timeout);

    public TestFlow Test(string userSays, Action<IActivity> validateActivity, string? description = null, uint timeout = DefaultTimeout)
        => Send(userSays).AssertReply(validateActivity, description, timeout);

    /// <summary>
    /// Replays a transcript: activities from the bot (<c>from.role == "bot"</c>) are expected replies, the rest
    /// are sent.
    /// </summary>
    public TestFlow Test(IEnumerable<IActivity> activities, string? description = null, uint timeout = DefaultTimeout)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var flow = this;
        foreach (var activity in activities)
        {
            flow = activity.From?.Role == RoleTypes.Bot
                ? flow.AssertReply(activity, description, timeout)
                : flow.Send(activity);
        }

        return flow;
    }

    private TestFlow Then(Func<Task> step)
    {
        var previous = _script;
        return new TestFlow(_adapter, _callback, async () =>
        {
            await previous();
            await step();
        });
    }

    private async Task<Activity> NextReplyAsync(string? description, uint timeout)
    {
        // A debugger stops the clock: never time out while someone is stepping through.
        var wait = Debugger.IsAttached ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(timeout);
        using var cts = new CancellationTokenSource(wait);
        try
        {
            return await _adapter.GetNextReplyAsync(cts.Token);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            throw new TimeoutException($"{description ?? "AssertReply"}: no reply within {timeout} ms.");
        }
    }

    private static string Describe(IActivity activity) =>
        activity is Activity { Type: ActivityTypes.Message } message ? $"message \"{message.Text}\"" : $"a '{activity.Type}' activity";
}
