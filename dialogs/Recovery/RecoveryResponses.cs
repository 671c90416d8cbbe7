using BotCare.Cases;

namespace BotCare.Dialogs;

/// <summary>What the bot says between the playbook's bigger steps: thanks, owning a mistake, order numbers, restarts.</summary>
internal static class RecoveryResponses
{
    /// <summary>Thanks for raising it (playbook step 5): the business cannot fix what it does not hear about.</summary>
    public static string Thank(RecoveryState state, IssueCategory category) => category switch
    {
        IssueCategory.Product => Phrases.Pick(state, "thank", "Thank you for telling us; it helps us catch faulty products.", "Thanks for letting us know; it's how we find faults before they reach anyone else."),
        IssueCategory.Delivery => Phrases.Pick(state, "thank", "Thank you for telling us; it helps us fix how we deliver.", "Thanks for letting us know; we can't fix deliveries we don't hear about."),
        IssueCategory.Billing => Phrases.Pick(state, "thank", "Thank you for flagging it; billing mistakes are exactly what we need to hear about.", "Thanks for telling us; it helps us put our billing right."),
        _ => Phrases.Pick(state, "thank", "Thank you for your patience in telling me.", "Thank you for telling us; it helps us do better."),
    };

    /// <summary>When the record shows the company was at fault, say so plainly (playbook step 6, article 003).</summary>
    public static string? OwnTheMistake(OrderRecord? order)
    {
        if (order is null || !order.CompanyAtFault)
        {
            return null;
        }

        var facts = new List<string>();
        if (order.DeliveredAt is { } delivered && order.PromisedBy is { } promised && delivered > promised)
        {
            var days = (int)Math.Round((delivered - promised).TotalDays);
            facts.Add($"it was delivered {days} day{(days == 1 ? string.Empty : "s")} after the date we promised");
        }

        if (order.Incidents.Contains("damaged-in-transit"))
        {
            facts.Add("it was damaged while in our care");
        }

        if (order.Incidents.Contains("technician-no-show"))
        {
            facts.Add("our technician missed the appointment");
        }

        if (order.Incidents.Contains("double-charge"))
        {
            facts.Add("you were charged twice");
        }

        return facts.Count == 0
            ? "Our records confirm this was our mistake, and I'm sorry."
            : $"Our records confirm {string.Join(" and ", facts)}. That's our mistake, and I'm sorry.";
    }

    public const string AskOrderNumber = "Could you give me the order or booking number? If you don't have it to hand, just say so.";

    public const string AskOrderNumberRetry = "Sorry, I didn't catch an order number there. It usually looks like 48213. If you don't have it, just say so.";

    public const string NoOrderNumberButton = "I don't have it";

    public static string OrderNotFound(string number) => $"I couldn't find order {number}. Could you double-check it? It's in your order confirmation email.";

    public static string OrderStillNotFound(string number) => $"I still can't find order {number}, so I've noted it as you gave it.";

    public const string StartOver = "Of course, let's start again. What happened?";

    /// <summary>Said when a conversation left for a long time is started afresh.</summary>
    public const string WelcomeBack = "Welcome back! It's been a while, so let's start from the beginning.";

    /// <summary>Said when the saved conversation came from an earlier version of BotCare and cannot be continued.</summary>
    public const string RestartAfterUpdate = "I'm sorry, I've been updated since we last spoke and can't pick up exactly where we left off. Nothing you told us is lost; let's start from the beginning.";

    public const string Cancelled = "No problem, I'll leave it there. If you'd like to pick this up again, just send a message.";
}
