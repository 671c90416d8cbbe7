namespace BotCare.Cases;

/// <summary>
/// Turns a case past its retention period into a statistic: what went wrong (category, product, situation), what it
/// cost and what was done (remedy types and amounts, offers, agreement), when (every time), how it felt (sentiment,
/// CSAT score), whether promises were kept, root cause, and the customer's improvement idea scrubbed of identifiers.
/// Everything that says who the customer was or quotes them goes: their id becomes a stable pseudonym (so insights
/// can still count repeat customers), name, conversation id, order numbers, conversation references, issue
/// descriptions, the words of their requests, the CSAT comment and escalation details.
/// </summary>
public static class CaseAnonymizer
{
    /// <summary>Customer ids of anonymized cases start with this; a channel id never does.</summary>
    public const string PseudonymPrefix = "anon-";

    public static bool IsPseudonym(string? customerId) =>
        customerId is not null && customerId.StartsWith(PseudonymPrefix, StringComparison.Ordinal);

    /// <summary>Strips <paramref name="case"/> in place; <paramref name="pseudonym"/> must start with <see cref="PseudonymPrefix"/>.</summary>
    public static void Anonymize(Case @case, string pseudonym)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (!IsPseudonym(pseudonym))
        {
            throw new ArgumentException($"A pseudonym starts with '{PseudonymPrefix}'.", nameof(pseudonym));
        }

        string?[] known = [@case.Customer.Id, @case.Customer.Name, @case.OrderNumber, @case.ConversationId, .. @case.Issues.Select(i => i.OrderNumber)];
        string? Scrub(string? text) => PersonalTextScrubber.Scrub(text, known);

        @case.Customer.Id = pseudonym;
        @case.Customer.Name = null;
        @case.ConversationId = string.Empty;
        @case.OrderNumber = null;
        foreach (var issue in @case.Issues)
        {
            // The customer's own words: too likely to hold names, addresses and details to scrub reliably.
            issue.Description = string.Empty;
            issue.OrderNumber = null;
            issue.WhenSaid = null;
        }

        foreach (var request in @case.RemedyRequests.Append(@case.RemedyRequested).OfType<RemedyRequest>())
        {
            request.CustomerWords = null;
        }

        foreach (var action in @case.Actions)
        {
            // The fulfilment reference (a shipment or refund number) leads back to the order and so to the person.
            action.Description = action.Item.ToString();
            action.Reference = null;
        }

        foreach (var commitment in @case.Commitments)
        {
            commitment.What = commitment.Kind.ToString();
            commitment.ConversationId = null;
            commitment.CustomerId = pseudonym;
            commitment.ConversationReferenceJson = null;
        }

        foreach (var escalation in @case.Escalations)
        {
            escalation.Detail = string.Empty;
        }

        if (@case.Csat is { } csat)
        {
            csat.Comment = null;
        }

        @case.Steps = [.. @case.Steps.Select(s => s with { Note = Scrub(s.Note) })];
        @case.AbuseSignals = [.. @case.AbuseSignals.Select(s => Scrub(s)!)];
        @case.AvoidanceIdea = Scrub(@case.AvoidanceIdea);
        @case.RootCause = Scrub(@case.RootCause);
    }
}
