namespace BotCare.Cases;

/// <summary>
/// Each remedy's rules, one remedy at a time and without side trips, so the policy can try alternatives
/// without ever going round in circles.
/// </summary>
internal sealed class RemedyRules
{
    private readonly RemedyPolicyOptions _options;

    public RemedyRules(RemedyPolicyOptions options)
    {
        _options = options;
    }

    /// <summary>What can fix each kind of problem, best first.</summary>
    public static IEnumerable<RemedyType> CandidatesFor(IssueCategory category, OrderRecord? order) => category switch
    {
        IssueCategory.Product => [RemedyType.Replacement, RemedyType.Refund, RemedyType.Repair, RemedyType.Credit],
        IssueCategory.Delivery when order is { DeliveredAt: null } => [RemedyType.Replacement, RemedyType.Refund, RemedyType.Credit],
        IssueCategory.Delivery => [RemedyType.Credit],
        IssueCategory.Billing => [RemedyType.Refund, RemedyType.Credit],
        IssueCategory.Service => [RemedyType.Redo, RemedyType.Credit],
        _ => [],
    };

    public RuleVerdict Evaluate(RemedyType type, Money? asked, RemedyContext context) => type switch
    {
        RemedyType.Refund => Refund(asked, context),
        RemedyType.Replacement => Replacement(context),
        RemedyType.Repair => Repair(context),
        RemedyType.Credit or RemedyType.Coupon => Credit(asked, context),
        RemedyType.Redo => Redo(context),
        RemedyType.Compensation => RuleVerdict.Refused(PolicyReason.CompensationNotPaid, "I can't pay for lost wages or time"),
        RemedyType.Cancellation => Cancellation(context),
        _ => RuleVerdict.Person(PolicyReason.NotSomethingTheBotCanDo, "that's something a colleague needs to arrange"),
    };

    private RuleVerdict Refund(Money? asked, RemedyContext context)
    {
        if (context.Order is not { } order)
        {
            return RuleVerdict.Person(PolicyReason.UnknownOrder, "I need a colleague to find the order before a refund can be made");
        }

        if (DaysSince(order, context.Now) > _options.Refund.WindowDays)
        {
            return RuleVerdict.Refused(PolicyReason.OutsideRefundWindow, $"I can't refund an order delivered more than {_options.Refund.WindowDays} days ago");
        }

        var paid = order.Total;
        var amount = asked?.Amount ?? DefaultRefund(order, context.Category);
        var cap = Math.Min(_options.Refund.MaxAmount, decimal.Round(paid.Amount * _options.Refund.MaxShareOfOrder, 2));
        if (amount > cap)
        {
            var capped = WithinApproval(RemedyType.Refund, cap) ? new Remedy(new RemedyItem(RemedyType.Refund, Money(cap))) : null;
            return amount > paid.Amount
                ? RuleVerdict.Refused(PolicyReason.MoreThanPaid, $"I can't refund more than the {paid} you paid", capped)
                : RuleVerdict.Refused(PolicyReason.OverRefundCap, $"I can't refund more than {Money(cap)} on this order", capped);
        }

        return WithinApproval(RemedyType.Refund, amount)
            ? RuleVerdict.Allowed(new RemedyItem(RemedyType.Refund, Money(amount)))
            : RuleVerdict.Approval($"refunds over {Money(_options.Approval.RefundAbove)} need a manager's sign-off");
    }

    /// <summary>With no amount named: the extra charges of a double charge, else the price paid.</summary>
    private static decimal DefaultRefund(OrderRecord order, IssueCategory category) =>
        category == IssueCategory.Billing && order.Charges > 1 ? order.Total.Amount * (order.Charges - 1) : order.Total.Amount;

    private RuleVerdict Replacement(RemedyContext context)
    {
        if (context.Order is not { } order)
        {
            return RuleVerdict.Person(PolicyReason.UnknownOrder, "I need a colleague to find the order before a replacement can ship");
        }

        if (context.Category is IssueCategory.Service or IssueCategory.Billing)
        {
            return RuleVerdict.Refused(PolicyReason.NotForThisKindOfProblem, "a replacement wouldn't fix this");
        }

        if (order.DeliveredAt is not null && DaysSince(order, context.Now) > _options.Replacement.WindowDays)
        {
            return RuleVerdict.Refused(PolicyReason.OutsideReplacementWindow, $"I can't replace an order delivered more than {_options.Replacement.WindowDays} days ago");
        }

        if (_options.Replacement.RequiresInStock && order.Lines.Exists(l => !l.InStock))
        {
            return RuleVerdict.Refused(PolicyReason.OutOfStock, $"I can't send a replacement right now, as the {order.MainProduct} is out of stock");
        }

        return order.Total.Amount > _options.Approval.ReplacementAbove
            ? RuleVerdict.Approval($"replacing an order over {Money(_options.Approval.ReplacementAbove)} needs a manager's sign-off")
            : RuleVerdict.Allowed(new RemedyItem(RemedyType.Replacement));
    }

    private RuleVerdict Repair(RemedyContext context)
    {
        if (context.Order is not { } order)
        {
            return RuleVerdict.Person(PolicyReason.UnknownOrder, "I need a colleague to find the order before a repair can be booked");
        }

        if (context.Category != IssueCategory.Product)
        {
            return RuleVerdict.Refused(PolicyReason.NotForThisKindOfProblem, "a repair wouldn't fix this");
        }

        var months = order.Lines.Count > 0 ? order.Lines.Max(l => l.WarrantyMonths) : _options.Repair.DefaultWarrantyMonths;
        return (order.DeliveredAt ?? order.PlacedAt).AddMonths(months) >= context.Now
            ? RuleVerdict.Allowed(new RemedyItem(RemedyType.Repair))
            : RuleVerdict.Refused(PolicyReason.OutOfWarranty, $"I can't repair it for free, as the {order.MainProduct} is past its warranty");
    }

    private RuleVerdict Credit(Money? asked, RemedyContext context)
    {
        var cap = CreditCap(context.Order);
        var amount = asked?.Amount ?? Math.Min(_options.Credit.DefaultAmount, cap);
        if (amount > cap)
        {
            var capped = context.Category == IssueCategory.Service
                ? new Remedy(new RemedyItem(RemedyType.Redo), new RemedyItem(RemedyType.Credit, Money(cap)))
                : new Remedy(new RemedyItem(RemedyType.Credit, Money(cap)));
            return RuleVerdict.Refused(PolicyReason.OverCreditCap, $"I can't credit more than {Money(cap)}", capped);
        }

        return WithinApproval(RemedyType.Credit, amount)
            ? RuleVerdict.Allowed(new RemedyItem(RemedyType.Credit, Money(amount)))
            : RuleVerdict.Approval($"credits over {Money(_options.Approval.CreditAbove)} need a manager's sign-off");
    }

    /// <summary>A missed or botched service is done again first in line, with a credit for the customer's lost time.</summary>
    private RuleVerdict Redo(RemedyContext context) => context.Category == IssueCategory.Service
        ? RuleVerdict.Allowed(new RemedyItem(RemedyType.Redo), new RemedyItem(RemedyType.Credit, Money(CreditCap(context.Order))))
        : RuleVerdict.Refused(PolicyReason.NotForThisKindOfProblem, "there's no visit to rebook for this");

    /// <summary>An order not yet shipped is cancelled; a shipped one can come back for a refund instead.</summary>
    private RuleVerdict Cancellation(RemedyContext context) => context.Order switch
    {
        null => RuleVerdict.Person(PolicyReason.UnknownOrder, "I need a colleague to find the order to cancel it"),
        { Status: "placed" or "scheduled" } => RuleVerdict.Allowed(new RemedyItem(RemedyType.Cancellation)),
        var order => RuleVerdict.Refused(
            PolicyReason.AlreadyShipped,
            $"order {order.OrderNumber} has already shipped, so I can't cancel it",
            WithinApproval(RemedyType.Refund, order.Total.Amount) ? new Remedy(new RemedyItem(RemedyType.Refund, order.Total)) : null),
    };

    private bool WithinApproval(RemedyType type, decimal amount) => type switch
    {
        RemedyType.Refund => amount <= _options.Approval.RefundAbove,
        RemedyType.Credit => amount <= _options.Approval.CreditAbove,
        _ => true,
    };

    /// <summary>The largest credit policy allows on this order.</summary>
    public Money MaxCredit(OrderRecord? order) => Money(CreditCap(order));

    private decimal CreditCap(OrderRecord? order) => order is null
        ? _options.Credit.MaxAmount
        : Math.Min(_options.Credit.MaxAmount, decimal.Round(order.Total.Amount * _options.Credit.MaxShareOfOrder, 0));

    private static double DaysSince(OrderRecord order, DateTimeOffset now) => (now - (order.DeliveredAt ?? order.PlacedAt)).TotalDays;

    private Money Money(decimal amount) => new(amount, _options.Currency);
}
