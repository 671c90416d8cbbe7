using System.Globalization;
using BotCare.Cases;
using BotCare.Understanding;

namespace BotCare.Dialogs;

/// <summary>
/// Writes what a message tells into the case (playbook step 2): the separate issues in the customer's own
/// words, the order, product, cost and date, the remedy asked for, and claims the order record can check.
/// </summary>
internal static class StoryRecorder
{
    /// <summary>Records the message and returns the issues it added.</summary>
    public static async Task<IReadOnlyList<Issue>> AbsorbAsync(RecoveryState state, MessageUnderstanding message, RecoveryServices services, CancellationToken cancellationToken)
    {
        var @case = state.Case;
        var now = services.Now;
        var extraction = message.Extraction;

        if (@case.OrderNumber is null && extraction.OrderNumbers.Count > 0)
        {
            await LookUpOrderAsync(state, extraction.OrderNumbers[0], services, cancellationToken);
        }

        foreach (var claim in extraction.Claims.Select(IssueCategories.From).Where(c => !state.Claims.Contains(c)))
        {
            state.Claims.Add(claim);
        }

        var added = new List<Issue>();
        // General unhappiness stands only while no product or service problem is known (playbook step 7).
        var hasConcreteProblem = @case.Issues.Exists(i => i.Category != IssueCategory.General);
        var newIssues = message.Issues
            .Where(i => !@case.Issues.Exists(existing => existing.Description == i.Text))
            .Where(i => !(hasConcreteProblem && i.Category == Intent.GeneralUnhappiness));
        foreach (var storyIssue in newIssues)
        {
            var firstDate = extraction.Dates.Count > 0 ? extraction.Dates[0] : null;
            var issue = new Issue
            {
                Description = storyIssue.Text,
                Category = IssueCategories.From(storyIssue.Category),
                OrderNumber = @case.OrderNumber,
                Product = extraction.Products.Count > 0 ? extraction.Products[0] : state.Order?.MainProduct,
                Cost = extraction.Amounts.Count > 0 && extraction.Remedy is null ? new Money(extraction.Amounts[0].Amount, extraction.Amounts[0].Currency) : null,
                WhenSaid = firstDate?.Text,
                When = ParseDate(firstDate?.Value),
                RaisedAt = now,
            };
            @case.Issues.Add(issue);
            added.Add(issue);
        }

        // A story names remedies without asking for them ("the refund never came"); only an ask counts.
        if (extraction.Remedy is { Kind: not RemedyKind.None, IsExplicit: true } ask)
        {
            RecordRequest(state, ask, message.Text, now);
        }

        @case.UpdatedAt = now;
        return added;
    }

    /// <summary>Records what the customer asks for; a share of the order ("half my money back") becomes an amount when the order is known.</summary>
    public static RemedyRequest RecordRequest(RecoveryState state, RemedyAsk ask, string words, DateTimeOffset at)
    {
        var amount = ask.Amount is { } value
            ? new Money(value, ask.Currency ?? state.Order?.Currency ?? "USD")
            : ask.ShareOfOrder is { } share && state.Order is { } order
                ? new Money(decimal.Round(order.Total.Amount * share, 2), order.Currency)
                : null;
        var request = new RemedyRequest { Type = IssueCategories.From(ask.Kind), Amount = amount, CustomerWords = words, At = at };
        state.Case.RequestRemedy(request);
        return request;
    }

    /// <summary>Finds the order; true when the company's systems know it.</summary>
    public static async Task<bool> LookUpOrderAsync(RecoveryState state, string orderNumber, RecoveryServices services, CancellationToken cancellationToken)
    {
        var order = await services.Orders.FindAsync(orderNumber, cancellationToken);
        state.Case.OrderNumber = order?.OrderNumber ?? orderNumber;
        state.Order = order;
        foreach (var issue in state.Case.Issues.Where(i => i.OrderNumber is null))
        {
            issue.OrderNumber = state.Case.OrderNumber;
        }

        return order is not null;
    }

    private static DateOnly? ParseDate(string? value) =>
        value is not null && DateOnly.TryParseExact(value[..Math.Min(10, value.Length)], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
