using System.Globalization;
using System.Text.RegularExpressions;
using BotCare.Recognizers;

namespace BotCare.Understanding;

/// <summary>
/// Pulls the facts out of a message with <see cref="BotCare.Recognizers"/> and a few precise patterns: order
/// numbers, products, amounts, dates, claims the order record can check, and the remedy asked for.
/// </summary>
public static partial class ComplaintExtractor
{
    /// <param name="text">The customer's message.</param>
    /// <param name="referenceTime">The customer's "now", for "yesterday" or "last Friday".</param>
    /// <param name="intent">The classifier's reading, used when the words name no remedy but the intent is an ask.</param>
    public static Extraction Extract(string text, DateTime referenceTime, IntentPrediction? intent = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var amounts = NumberWithUnitRecognizer.RecognizeCurrency(text)
            .Select(ToMoney)
            .OfType<MoneyMention>()
            .ToList();
        return new Extraction(
            OrderNumbers(text),
            Products(text),
            amounts,
            Dates(text, referenceTime),
            Claims(text),
            Remedy(text, amounts, intent));
    }

    public static IReadOnlyList<string> OrderNumbers(string text) =>
        OrderNumber().Matches(text).Select(m => m.Groups["number"].Value.ToUpperInvariant()).Distinct().ToList();

    public static IReadOnlyList<string> Products(string text)
    {
        var lower = text.ToLowerInvariant();
        var found = new List<string>();
        foreach (var term in ProductLexicon.ByLength)
        {
            var index = IndexOfWord(lower, term);
            if (index >= 0 && !found.Exists(f => f.Contains(term, StringComparison.Ordinal)))
            {
                found.Add(term);
            }
        }

        return found.OrderBy(f => IndexOfWord(lower, f)).ToList();
    }

    public static IReadOnlyList<ClaimKind> Claims(string text)
    {
        var lower = text.ToLowerInvariant().Replace('’', '\'');
        var claims = new List<ClaimKind>();
        if (NotDelivered().IsMatch(lower))
        {
            claims.Add(ClaimKind.NotDelivered);
        }

        if (DeliveredLate().IsMatch(lower))
        {
            claims.Add(ClaimKind.DeliveredLate);
        }

        if (ChargedTwice().IsMatch(lower))
        {
            claims.Add(ClaimKind.ChargedTwice);
        }

        if (ArrivedDamaged().IsMatch(lower))
        {
            claims.Add(ClaimKind.ArrivedDamaged);
        }

        if (WrongItem().IsMatch(lower))
        {
            claims.Add(ClaimKind.WrongItem);
        }

        if (AppointmentMissed().IsMatch(lower))
        {
            claims.Add(ClaimKind.AppointmentMissed);
        }

        return claims;
    }

    /// <summary>The remedy the words ask for; the classifier's ask intent when the words name none.</summary>
    public static RemedyAsk? Remedy(string text, IReadOnlyList<MoneyMention> amounts, IntentPrediction? intent = null)
    {
        var lower = text.ToLowerInvariant().Replace('’', '\'');
        var kind = RemedyFromWords(lower) ?? RemedyFromIntent(intent);
        if (kind is null)
        {
            return null;
        }

        var share = ShareOf(lower);
        var money = amounts.Count > 0 ? amounts[^1] : null;
        var askedByIntent = intent is { Confidence: >= 0.5 } && (intent.Intent.IsRemedyAsk() || intent.Intent == Intent.WantsCancel);
        var isExplicit = DesireMarker().IsMatch(lower) || askedByIntent;
        return new RemedyAsk(kind.Value, money?.Amount, money?.Currency, share, isExplicit);
    }

    private static RemedyKind? RemedyFromWords(string lower)
    {
        if (Compensation().IsMatch(lower))
        {
            return RemedyKind.Compensation;
        }

        if (Refund().IsMatch(lower))
        {
            return RemedyKind.Refund;
        }

        if (Replacement().IsMatch(lower))
        {
            return RemedyKind.Replacement;
        }

        if (Repair().IsMatch(lower))
        {
            return RemedyKind.Repair;
        }

        if (Credit().IsMatch(lower))
        {
            return RemedyKind.DiscountOrCredit;
        }

        return CancelOrder().IsMatch(lower) ? RemedyKind.Cancel : null;
    }

    private static RemedyKind? RemedyFromIntent(IntentPrediction? intent) => intent?.Intent switch
    {
        Intent.WantsRefund => RemedyKind.Refund,
        Intent.WantsReplacement => RemedyKind.Replacement,
        Intent.WantsRepair => RemedyKind.Repair,
        Intent.WantsDiscountOrCredit => RemedyKind.DiscountOrCredit,
        Intent.WantsCancel => RemedyKind.Cancel,
        _ => null,
    };

    private static decimal? ShareOf(string lower)
    {
        if (HalfBack().IsMatch(lower))
        {
            return 0.5m;
        }

        if (FullBack().IsMatch(lower))
        {
            return 1m;
        }

        var percents = NumberRecognizer.RecognizePercentage(lower);
        var percent = percents.Count > 0 ? percents[0] : null;
        return percent?.Resolution.GetValueOrDefault("value") is string value
            && decimal.TryParse(value.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var share)
            ? share / 100m
            : null;
    }

    private static MoneyMention? ToMoney(ModelResult result) =>
        result.Resolution.GetValueOrDefault("isoCurrency") is string { Length: > 0 } currency
        && decimal.TryParse(result.Resolution.GetValueOrDefault("value") as string, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? new MoneyMention(result.Text, amount, currency)
            : null;

    private static List<DateMention> Dates(string text, DateTime referenceTime) =>
        DateTimeRecognizer.RecognizeDateTime(text, referenceTime)
            .Select(r =>
            {
                var values = r.Resolution.GetValueOrDefault("values") as IEnumerable<IReadOnlyDictionary<string, string>>;
                var first = values?.FirstOrDefault();
                return new DateMention(r.Text, first?.GetValueOrDefault("value") ?? first?.GetValueOrDefault("start"), first?.GetValueOrDefault("timex"));
            })
            .ToList();

    private static int IndexOfWord(string text, string term)
    {
        var start = 0;
        while ((start = text.IndexOf(term, start, StringComparison.Ordinal)) >= 0)
        {
            var before = start == 0 || !char.IsLetter(text[start - 1]);
            var end = start + term.Length;
            var after = end == text.Length || !char.IsLetter(text[end]) || (text[end] == 's' && (end + 1 == text.Length || !char.IsLetter(text[end + 1])));
            if (before && after)
            {
                return start;
            }

            start = end;
        }

        return -1;
    }

    [GeneratedRegex(@"(?:\b(?:order|booking|reservation|appointment|reference|ref)(?:\s+(?:number|no\.?|num|#))?(?:\s+(?:is|was))?|\bord\.?|#)\s*[:#]?\s*(?<number>[A-Za-z]{0,3}-?\d{4,10})\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"\b(?:never|not|hasn'?t|has not|haven'?t|didn'?t|did not|still hasn'?t|still not|yet to)\s+(?:been\s+)?(?:arrived?|came|come|received?|recieved|got(?:ten)?|delivered|shown up|turned up|showed up)\b|\bnever got (?:it|my)|\bno sign of (?:it|my|the)|\blost (?:in the post|in transit|my (?:parcel|package))|\bwhere(?:'s| is) my (?:order|parcel|package)")]
    private static partial Regex NotDelivered();

    [GeneratedRegex(@"\b(?:came|arrived|delivered|turned up|showed up)\b[^.]{0,30}\blate\b|\b(?:a|one|two|three|\d+)\s+(?:days?|weeks?)\s+late\b|\blate delivery\b|\bdelivery (?:was|is) late\b")]
    private static partial Regex DeliveredLate();

    [GeneratedRegex(@"\b(?:charged|billed|taken)\s+(?:me\s+)?(?:twice|two times|2 times|double)\b|\bdouble[- ]?(?:charged|charge|billed|payment)\b|\btwo (?:charges|payments)\b|\bpaid twice\b")]
    private static partial Regex ChargedTwice();

    [GeneratedRegex(@"\b(?:arrived|came|delivered|showed up|turned up)\s+(?:\w+\s+){0,2}(?:broken|smashed|cracked|damaged|dented|shattered|in pieces|crushed)\b|\b(?:broken|smashed|cracked|damaged|dented|shattered)\s+(?:on|upon|when it)\s+(?:arrival|delivery|arrived)|\b(?:were|was)\s+(?:smashed|shattered|crushed)\b")]
    private static partial Regex ArrivedDamaged();

    [GeneratedRegex(@"\bwrong (?:item|size|colou?r|model|product|one|order|thing)\b|\bnot (?:what|the (?:one|model|item)) i (?:ordered|paid for|bought)\b|\bsent me (?:the wrong|someone else'?s)")]
    private static partial Regex WrongItem();

    [GeneratedRegex(@"\b(?:technician|engineer|installer|plumber|fitter|driver|courier|he|she|they|nobody|no one|no-one)\s+(?:never|didn'?t|did not)\s+(?:show(?:ed)?|turn(?:ed)?|come|came)\b|\bno[- ]show\b|\bmissed (?:my|the|our) appointment\b|\bstood me up\b")]
    private static partial Regex AppointmentMissed();

    [GeneratedRegex(@"\b(?:lost wages|loss of (?:earnings|income|wages)|day (?:off|of) work|time off work|for my (?:time|trouble|inconvenience)|compensat\w*|pay (?:me )?for (?:my|the) (?:time|day|trouble|wages)|damages)\b")]
    private static partial Regex Compensation();

    [GeneratedRegex(@"\b(?:refund\w*|money back|my money|reimburs\w*|reverse (?:the|that) (?:charge|payment)|pay (?:me )?back|give (?:me )?back|charge ?back)\b")]
    private static partial Regex Refund();

    [GeneratedRegex(@"\b(?:replace\w*|new one|another one|exchange|swap|send (?:me )?(?:a |the )?(?:new|right|correct)|re-?send|reship)\b")]
    private static partial Regex Replacement();

    [GeneratedRegex(@"\b(?:repair\w*|fix(?:ed)?|mend|technician|engineer to)\b")]
    private static partial Regex Repair();

    [GeneratedRegex(@"\b(?:discount|voucher|coupon|credit(?! ?card)|money off|free (?:month|delivery|shipping)|gift card|promo code|knock \w+ off|something for the trouble|goodwill)\b")]
    private static partial Regex Credit();

    [GeneratedRegex(@"\bcancel\w*\b")]
    private static partial Regex CancelOrder();

    [GeneratedRegex(@"\b(?:i want|i wanna|i'd like|i would like|i need|i expect|i demand|i'm asking for|i am asking for|give me|send me|get me|can you|could you|can i (?:get|have)|please|pls|plz|just|should (?:get|be)|owe me|deserve|would be (?:fair|nice|good)|would do|how about|what about)\b|^(?:a |an |my )?(?:refund|replacement|repair|voucher|discount|credit|new one)\b")]
    private static partial Regex DesireMarker();

    [GeneratedRegex(@"\bhalf (?:of )?(?:my|the|our) (?:money|price|payment|cost)|\bhalf (?:back|refund)|\b(?:50|fifty) ?(?:%|percent|per cent) (?:back|refund)")]
    private static partial Regex HalfBack();

    [GeneratedRegex(@"\b(?:full|complete|total|whole) refund|\b(?:all|every penny|every cent|the full amount) (?:of )?(?:my )?(?:money )?back\b|\ball my money\b")]
    private static partial Regex FullBack();
}
