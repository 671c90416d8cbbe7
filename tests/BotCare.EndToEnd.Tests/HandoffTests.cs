using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static BotCare.EndToEnd.Tests.Browsers;
using static BotCare.EndToEnd.Tests.WebChat;

namespace BotCare.EndToEnd.Tests;

/// <summary>
/// Human handoff in two real browsers on one running BotCare: a customer in Web Chat asks for a person, an agent signs
/// in to the console at /agent, takes the chat, talks with the customer live and hands back to the bot.
/// </summary>
public sealed partial class HandoffTests
{
    private const string AgentId = "alex";
    private const string AgentName = "Alex Morgan";
    private const string AgentPassword = "blender-jug-Ox7-river-lamp";

    private const string Complaint = "the blender from order 10042 arrived with a cracked jug. i want to talk to a person";
    private const string AgentReply = "Hi, I'm Alex. I'm sorry about the jug: I'm sending you a new one today.";
    private const string CustomerThanks = "thank you, that works";
    private const string HandBackSummary = "A replacement jug ships today by express";
    private const string Promise = "I'll email you the courier's tracking number within the hour";

    [Fact]
    public async Task ACustomerWhoAsksForAPersonIsTakenOverByAnAgentInTheConsoleTalksWithThemLiveAndIsHandedBackToTheBot()
    {
        RequiredServices.RequireChromium();
        await using var app = new RunningBotCare(new Dictionary<string, string>
        {
            ["Agents:FirstAdmin:Id"] = AgentId,
            ["Agents:FirstAdmin:DisplayName"] = AgentName,
            ["Agents:FirstAdmin:Password"] = AgentPassword,
            ["Commitments:CheckEverySeconds"] = "1",
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchChromiumAsync(playwright);
        var options = new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), ViewportSize = Laptop };
        await using var customerContext = await browser.NewContextAsync(options);
        await using var agentContext = await browser.NewContextAsync(options);
        var customer = await customerContext.NewPageAsync();
        var agent = await agentContext.NewPageAsync();
        var customerProblems = new BrowserProblems(customer);
        var agentProblems = new BrowserProblems(agent);

        try
        {
            await CustomerAsksForAPersonAsync(customer);
            await AgentSignsInAndGoesOnlineAsync(agent);
            await AgentOpensTheWaitingChatAsync(agent);
            await AgentClaimsAndRepliesAsync(agent, customer);
            await TheyTalkLiveAsync(agent, customer);
            await AgentPromisesAndKeepsItAsync(agent);
            await AgentHandsBackToTheBotAsync(agent, customer);
        }
        catch (Exception failure) when (failure is PlaywrightException or TimeoutException)
        {
            // What each side saw, and what each browser complained about, with the failure.
            await Screenshot(customer, "handoff-failure-customer");
            await Screenshot(agent, "handoff-failure-agent", fullPage: false);
            throw new InvalidOperationException(
                $"{failure.Message}\n" +
                $"Customer's browser errors: {customerProblems}\nAgent's browser errors: {agentProblems}\n" +
                $"Customer's page ({customer.Url}): {await TextOfAsync(customer)}\n" +
                $"Agent's page ({agent.Url}): {await TextOfAsync(agent)}",
                failure);
        }

        Assert.True(customerProblems.All.Count == 0, $"The customer's browser complained: {customerProblems}{HeldBack(customerProblems)}");
        Assert.True(agentProblems.All.Count == 0, $"The agent's browser complained: {agentProblems}");
    }

    /// <summary>Web Chat: the complaint and the ask for a person in one message, the brief confirmed, then the queue.</summary>
    private static async Task CustomerAsksForAPersonAsync(IPage customer)
    {
        await customer.GotoAsync("/");
        await Expect(Said(customer, "What happened?")).ToBeVisibleAsync();

        await SendAsync(customer, Complaint);
        await Expect(Said(customer, "I'll get you to a person.")).ToBeVisibleAsync();
        await Expect(Said(customer, "Is that right?")).ToBeVisibleAsync();
        await Click(customer, "Yes");
        await Expect(Said(customer, "I've passed this to our customer care team")).ToBeVisibleAsync();
        await Expect(Said(customer, "You're next in line for a person.")).ToBeVisibleAsync();

        // Nobody is online yet, so the queue offers to contact the customer later instead. Web Chat shows the choices
        // of the latest message only: they are there when the queue's message comes after the bot's hand-over words.
        await Expect(Offered(customer, "Contact me later")).ToBeVisibleAsync();
        await Expect(Offered(customer, "I'll wait")).ToBeVisibleAsync();
        await ScrolledToLatestAsync(customer);
        await Screenshot(customer, "handoff-1-customer-queued");
    }

    /// <summary>/agent sends a signed-out agent to the sign-in form, and back to the console once signed in.</summary>
    private static async Task AgentSignsInAndGoesOnlineAsync(IPage agent)
    {
        await agent.GotoAsync("/agent");
        await Expect(agent).ToHaveURLAsync(SignInPage());
        await agent.Locator("input[name=name]").FillAsync(AgentId);
        await agent.Locator("input[name=password]").FillAsync(AgentPassword);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(agent).ToHaveURLAsync(ConsolePage());
        await Expect(agent.Locator("#whoami-name")).ToHaveTextAsync(AgentName);

        // Live before anything else: the rest of the chat must reach the console over SignalR.
        await Expect(agent.Locator("#live-status")).ToHaveAttributeAsync("data-state", "live");

        var presence = agent.GetByTestId("presence-select");
        await agent.RunAndWaitForResponseAsync(
            () => presence.SelectOptionAsync("online"),
            response => response.Url.EndsWith("/api/agent/presence", StringComparison.Ordinal) && response.Request.Method == "POST" && response.Ok);
        await Expect(presence).ToHaveValueAsync("online");
    }

    /// <summary>The waiting chat is in the queue; opened, it shows the brief the customer confirmed.</summary>
    private static async Task AgentOpensTheWaitingChatAsync(IPage agent)
    {
        var waiting = agent.Locator("#waiting-list").GetByTestId("queue-item");
        await Expect(waiting).ToHaveCountAsync(1);
        await waiting.ClickAsync();

        var brief = agent.GetByTestId("brief");
        await Expect(brief).ToContainTextAsync("cracked");
        await Expect(brief).ToContainTextAsync("10042");
        await Expect(agent.Locator("#chat-pane").GetByTestId("claim-button")).ToBeEnabledAsync();
        await Screenshot(agent, "handoff-2-agent-queue", fullPage: false);
    }

    /// <summary>Claimed, the customer hears who joined; the agent reads the transcript and replies.</summary>
    private static async Task AgentClaimsAndRepliesAsync(IPage agent, IPage customer)
    {
        await agent.Locator("#chat-pane").GetByTestId("claim-button").ClickAsync();
        await Expect(Said(customer, $"{AgentName} from our team has joined the chat")).ToBeVisibleAsync();

        var transcript = agent.GetByTestId("transcript");
        await Expect(transcript).ToContainTextAsync(Complaint);
        await Expect(transcript).ToContainTextAsync("I'll get you to a person.");
        await Expect(agent.Locator("#mine-list").GetByTestId("queue-item")).ToHaveCountAsync(1);
        await Expect(agent.Locator("#waiting-list").GetByTestId("queue-item")).ToHaveCountAsync(0);

        await agent.GetByTestId("reply-input").FillAsync(AgentReply);
        await agent.GetByTestId("send-button").ClickAsync();
        await Expect(transcript).ToContainTextAsync(AgentReply);
        await Expect(agent.GetByTestId("reply-input")).ToHaveValueAsync(string.Empty);
        await Expect(Said(customer, $"{AgentName}: {AgentReply}")).ToBeVisibleAsync();
        await Screenshot(agent, "handoff-3-agent-live-chat", fullPage: false);

        var casePanel = agent.GetByTestId("case-panel");
        await Expect(casePanel).ToBeVisibleAsync();
        await Expect(casePanel).ToContainTextAsync("10042");
        await Expect(agent.GetByTestId("handback-button")).ToBeEnabledAsync();

        // The pane scrolls: shown down to its last action, what the agent sees on the way to hand back or close.
        await agent.GetByTestId("close-button").ScrollIntoViewIfNeededAsync();
        await Screenshot(casePanel, "handoff-4-case-panel");
    }

    /// <summary>
    /// The customer's answer appears in the open chat by itself: over SignalR, with no reload and without the console
    /// fetching the chat again.
    /// </summary>
    private static async Task TheyTalkLiveAsync(IPage agent, IPage customer)
    {
        var fetches = 0;
        void CountFetch(object? sender, IRequest request)
        {
            if (request.Method == "GET" && request.Url.Contains("/api/agent/conversations/", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref fetches);
            }
        }

        agent.Request += CountFetch;
        var loaded = agent.Url;
        await SendAsync(customer, CustomerThanks);
        await Expect(agent.GetByTestId("transcript")).ToContainTextAsync(CustomerThanks);
        agent.Request -= CountFetch;

        Assert.Equal(loaded, agent.Url);
        Assert.Equal(0, Volatile.Read(ref fetches));
        await Expect(Said(customer, $"{AgentName}: {AgentReply}")).ToBeVisibleAsync();
        await ScrolledToLatestAsync(customer);
        await Screenshot(customer, "handoff-5-customer-with-agent");
    }

    /// <summary>
    /// The agent records what they promised; due within the warning window, it is flagged to them live, and they mark it
    /// kept from the promises view.
    /// </summary>
    private static async Task AgentPromisesAndKeepsItAsync(IPage agent)
    {
        var casePanel = agent.GetByTestId("case-panel");
        await agent.GetByTestId("promise-what").FillAsync(Promise);
        await agent.GetByTestId("promise-due").FillAsync(DateTime.Now.AddMinutes(50).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await agent.GetByTestId("promise-add").ClickAsync();
        await Expect(casePanel.GetByTestId("case-promise")).ToContainTextAsync(Promise);
        await Expect(agent.GetByTestId("risk-toast")).ToContainTextAsync(Promise);
        await Expect(agent.GetByTestId("promises-badge")).ToHaveTextAsync("1");
        await casePanel.GetByTestId("case-promise").ScrollIntoViewIfNeededAsync();
        await Screenshot(casePanel, "handoff-5a-case-promise");

        await agent.GetByTestId("view-promises").ClickAsync();
        var row = agent.GetByTestId("promise-row").Filter(new() { HasText = Promise });
        await Expect(row.GetByTestId("promise-status")).ToHaveTextAsync("Due soon");
        await Screenshot(agent, "handoff-5b-agent-promises", fullPage: false);
        await row.GetByTestId("promise-kept").ClickAsync();
        await Expect(row.GetByTestId("promise-status")).ToHaveTextAsync("Kept");
        await Expect(agent.GetByTestId("promises-badge")).ToBeHiddenAsync();
        await agent.GetByTestId("view-chats").ClickAsync();
    }

    /// <summary>Handed back, the bot returns, quotes what the agent noted and asks its closing question.</summary>
    private static async Task AgentHandsBackToTheBotAsync(IPage agent, IPage customer)
    {
        await agent.GetByTestId("handback-summary").FillAsync(HandBackSummary);
        await agent.GetByTestId("handback-button").ClickAsync();

        await Expect(Said(customer, $"Thanks for bearing with us. I'm back with you. My colleague noted: {HandBackSummary}.")).ToBeVisibleAsync();
        await Expect(Said(customer, "One last thing: is there anything we could have done to avoid this?")).ToBeVisibleAsync();
        await ScrolledToLatestAsync(customer);
        await Screenshot(customer, "handoff-6-customer-back-with-bot");

        // The console shows the chat is the bot's again: no reply box, and nothing left in "My chats".
        await Expect(agent.GetByTestId("reply-input")).ToHaveCountAsync(0);
        await Expect(agent.Locator("#chat-pane")).ToContainTextAsync("The bot is handling this chat.");
        await Expect(agent.Locator("#mine-list").GetByTestId("queue-item")).ToHaveCountAsync(0);

        // An admin sees the chat, back with the bot, among the live chats to watch.
        await Expect(agent.GetByTestId("live-item")).ToContainTextAsync("is there anything we could have done");
        await Screenshot(agent, "handoff-7-agent-after-hand-back", fullPage: false);
    }

    /// <summary>What Web Chat's "Timed out while waiting for activity" means for the customer, when it said so.</summary>
    private static string HeldBack(BrowserProblems problems) =>
        problems.All.Any(p => p.Contains("Timed out while waiting for activity", StringComparison.Ordinal))
            ? "\nWeb Chat held those messages back for 5 s each: their replyToId names an activity the customer's chat never received."
            : string.Empty;

    private static async Task<string> TextOfAsync(IPage page)
    {
        try
        {
            return await page.InnerTextAsync("body", new() { Timeout = 5_000 });
        }
        catch (Exception unreadable) when (unreadable is PlaywrightException or TimeoutException)
        {
            return $"(unreadable: {unreadable.Message})";
        }
    }

    [GeneratedRegex(@"/agent/signin(\?.*)?$")]
    private static partial Regex SignInPage();

    [GeneratedRegex("/agent(#.*)?$")]
    private static partial Regex ConsolePage();
}
