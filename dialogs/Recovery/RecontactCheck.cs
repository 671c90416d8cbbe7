using BotCare.Cases;

namespace BotCare.Dialogs;

/// <summary>
/// Recognizes a customer coming back about the same order within the recontact window: the first remedy did not put it
/// right, so the bot does not start the playbook over but links the earlier cases and brings in a person with priority.
/// The order number is what ties the two chats together: on the website every chat is a new visitor, and an order
/// belongs to one customer.
/// </summary>
internal static class RecontactCheck
{
    /// <summary>The escalation for a recontact, with the earlier cases linked on the case; null for a first contact.</summary>
    public static async Task<EscalationOptions?> EscalationAsync(Case @case, RecoveryServices services, CancellationToken cancellationToken)
    {
        if (@case.OrderNumber is not { } order || services.Options.RecontactWindowDays <= 0)
        {
            return null;
        }

        var since = services.Now.AddDays(-services.Options.RecontactWindowDays);
        var earlier = (await services.Cases.ListAsync(new CaseQuery { OrderNumber = order, UpdatedSince = since, Limit = 20 }, cancellationToken))
            .Where(c => c.Id != @case.Id && c.ConversationId != @case.ConversationId && c.CreatedAt < @case.CreatedAt)
            .OrderBy(c => c.CreatedAt)
            .Select(c => c.Id)
            .ToList();
        if (earlier.Count == 0)
        {
            return null;
        }

        @case.LinkedCaseIds = earlier;
        return new EscalationOptions
        {
            Reason = EscalationReason.Recontact,
            Detail = $"Contacted about order {order} before ({string.Join(", ", earlier)}).",
        };
    }
}
