using System.Text.RegularExpressions;

namespace BotCare.Understanding;

/// <summary>
/// Words that say plainly what kind of problem a short clause is about ("it came late", "it was broken").
/// The model reads whole messages well but few-word clauses less so; an unambiguous cue settles those.
/// </summary>
internal static partial class CategoryCues
{
    /// <summary>The one category the clause's words point to, or null when none or several do.</summary>
    public static Intent? Of(string clause)
    {
        var lower = clause.ToLowerInvariant();
        var matches = new List<Intent>(2);
        if (Delivery().IsMatch(lower))
        {
            matches.Add(Intent.DeliveryProblem);
        }

        if (Product().IsMatch(lower))
        {
            matches.Add(Intent.ProductProblem);
        }

        if (Billing().IsMatch(lower))
        {
            matches.Add(Intent.BillingProblem);
        }

        if (Service().IsMatch(lower))
        {
            matches.Add(Intent.ServiceProblem);
        }

        return matches.Count == 1 ? matches[0] : null;
    }

    [GeneratedRegex(@"\b(?:late|delayed|deliver\w*|courier|parcel|package|tracking|shipping|shipped|never (?:came|arrived)|(?:hasn'?t|didn'?t|not) (?:arrived|come)|lost in (?:the post|transit)|wrong address)\b")]
    private static partial Regex Delivery();

    [GeneratedRegex(@"\b(?:broken|broke|cracked|smashed|shattered|defective|faulty|stopped (?:working|charging)|(?:not|isn'?t|won'?t|doesn'?t) (?:charg\w*|turn\w* on|work\w*|hold\w* (?:a )?charge)|leaks?|leaking|torn|ripped|scratched|dented|missing parts?|wrong (?:size|colou?r|item|model)|fell apart|poor quality|crackl\w*|buzz\w*|overheat\w*|no sound|dead on arrival|keeps? (?:dropping|crashing|freezing|turning off)|falls? apart)\b")]
    private static partial Regex Product();

    [GeneratedRegex(@"\b(?:charged (?:me|twice|double|again|for)|overcharged|double charged|(?:a |the |extra |second |hidden )charge|billed|bill|invoice|payment|paid twice|refund (?:never|hasn'?t|not))\b")]
    private static partial Regex Billing();

    [GeneratedRegex(@"\b(?:rude|hung up|ignored|no one (?:called|answered|replied)|nobody (?:called|answered|replied)|never called|kept me on hold|on hold|transferred|your (?:agent|support|staff|team)|customer service|no-?show)\b")]
    private static partial Regex Service();
}
