using BotCare.Cases;
using BotCare.Understanding;

namespace BotCare.Dialogs;

/// <summary>From what the classifier reads to the playbook's nouns.</summary>
internal static class IssueCategories
{
    public static IssueCategory From(Intent intent) => intent switch
    {
        Intent.ProductProblem => IssueCategory.Product,
        Intent.DeliveryProblem => IssueCategory.Delivery,
        Intent.BillingProblem => IssueCategory.Billing,
        Intent.GeneralUnhappiness => IssueCategory.General,
        _ => IssueCategory.Service,
    };

    public static RemedyType From(RemedyKind kind) => kind switch
    {
        RemedyKind.Refund => RemedyType.Refund,
        RemedyKind.Replacement => RemedyType.Replacement,
        RemedyKind.Repair => RemedyType.Repair,
        RemedyKind.DiscountOrCredit => RemedyType.Credit,
        RemedyKind.Compensation => RemedyType.Compensation,
        RemedyKind.Cancel => RemedyType.Cancellation,
        _ => RemedyType.None,
    };

    public static CustomerClaim From(ClaimKind claim) => claim switch
    {
        ClaimKind.NotDelivered => CustomerClaim.NotDelivered,
        ClaimKind.DeliveredLate => CustomerClaim.DeliveredLate,
        ClaimKind.ChargedTwice => CustomerClaim.ChargedTwice,
        ClaimKind.ArrivedDamaged => CustomerClaim.ArrivedDamaged,
        ClaimKind.WrongItem => CustomerClaim.WrongItem,
        _ => CustomerClaim.AppointmentMissed,
    };

    /// <summary>
    /// The situation (playbook step 7): product if anything is wrong with the product, else service;
    /// general unhappiness only when neither product nor service is at issue.
    /// </summary>
    public static SituationType Situation(IEnumerable<Issue> issues)
    {
        var categories = issues.Select(i => i.Category).ToList();
        if (categories.Contains(IssueCategory.Product))
        {
            return SituationType.Product;
        }

        return categories.Any(c => c is IssueCategory.Service or IssueCategory.Delivery or IssueCategory.Billing)
            ? SituationType.Service
            : SituationType.General;
    }

    /// <summary>The category the remedy is weighed for: the first issue's, the way the customer led with it.</summary>
    public static IssueCategory Main(Case @case) => @case.Issues.Count > 0 ? @case.Issues[0].Category : IssueCategory.Service;
}
