using System.Text.RegularExpressions;

namespace BotCare.Understanding;

/// <summary>
/// Splits one story with several problems into separate issues (playbook step 3): "it came late, it was
/// broken, and your support hung up on me" is three issues, each with its own category. Sentences are cut
/// into clauses at "and", "also", "plus", "but" and commas; a subordinate clause ("when I called") stays with
/// the clause it belongs to; neighbouring clauses about the same kind of problem are one issue.
/// </summary>
public sealed partial class IssueSplitter
{
    private const int MinClauseWords = 3;
    private const double MinProblemScore = 0.3;

    /// <summary>Below this the model is unsure what a clause is; after a problem it is usually what it cost.</summary>
    private const double UnsureScore = 0.5;

    /// <summary>At or above this the model's category stands, whatever the clause's words suggest.</summary>
    private const double ConfidentScore = 0.9;

    private static readonly HashSet<string> Subordinators =
        ["when", "if", "after", "because", "since", "while", "as", "once", "whenever", "before", "until", "though", "although"];

    private readonly ComplaintClassifier _classifier;

    public IssueSplitter(ComplaintClassifier classifier)
    {
        _classifier = classifier ?? throw new ArgumentNullException(nameof(classifier));
    }

    public IReadOnlyList<StoryIssue> Split(string story) => Split(story, null);

    /// <summary>
    /// As <see cref="Split(string)"/>, reusing <paramref name="storyPrediction"/> (the classifier's answer for the
    /// whole story) for a clause that is the whole story, as short answers are, instead of classifying it again.
    /// </summary>
    public IReadOnlyList<StoryIssue> Split(string story, IntentPrediction? storyPrediction)
    {
        ArgumentNullException.ThrowIfNull(story);
        var issues = new List<StoryIssue>();
        foreach (var clause in Clauses(story))
        {
            // "This is RIDICULOUS" says how the customer feels, which the anger score keeps; it is not a problem.
            if (IsOutburst(clause))
            {
                continue;
            }

            var prediction = storyPrediction is not null && string.Equals(clause, story, StringComparison.Ordinal)
                ? storyPrediction
                : _classifier.Classify(clause);
            var problem = prediction.BestProblem;
            var isProblem = prediction.Intent.IsProblem()
                || (problem is not null && problem.Score >= MinProblemScore && !prediction.ByRule && !prediction.Intent.IsRemedyAsk());
            if (!isProblem || problem is null)
            {
                // "I took a day off work for nothing" after "the technician never showed up" is what the
                // problem cost: keep it with that problem rather than losing it or calling it an ask.
                var isAsk = ComplaintExtractor.Remedy(clause, [], prediction) is { IsExplicit: true };
                if (issues.Count > 0 && !isAsk && !prediction.ByRule && prediction.Confidence < UnsureScore && WordCount(clause) >= 4)
                {
                    issues[^1] = issues[^1] with { Text = Join(issues[^1].Text, clause) };
                }

                continue;
            }

            var category = problem.Score < ConfidentScore && CategoryCues.Of(clause) is { } cue ? cue : problem.Intent;
            if (issues.Count > 0 && issues[^1].Category == category)
            {
                var previous = issues[^1];
                issues[^1] = previous with { Text = Join(previous.Text, clause), Confidence = Math.Max(previous.Confidence, problem.Score) };
            }
            else
            {
                issues.Add(new StoryIssue(clause, category, problem.Score));
            }
        }

        // "Really disappointed" next to a broken product is how the customer feels about it, not another
        // problem: general unhappiness stands only when no product or service problem was found.
        return issues.Exists(i => i.Category != Intent.GeneralUnhappiness)
            ? issues.Where(i => i.Category != Intent.GeneralUnhappiness).ToList()
            : issues;
    }

    /// <summary>The story's clauses, trimmed of connecting words and punctuation.</summary>
    public static IReadOnlyList<string> Clauses(string story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var clauses = new List<string>();
        // "my coffee machine, order 90001, never arrived": the order reference is an aside, not a clause boundary.
        story = OrderAside().Replace(story, " ");
        foreach (var sentence in Sentences().Split(story).Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            var fragments = Connectors().Split(sentence).Select(Clean).Where(f => f.Length > 0 && SaysSomething(f)).ToList();
            clauses.AddRange(Merge(fragments));
        }

        return clauses;
    }

    /// <summary>Joins fragments too short to stand alone, and subordinate clauses with their main clause.</summary>
    private static List<string> Merge(List<string> fragments)
    {
        var merged = new List<string>();
        var pending = string.Empty;
        foreach (var fragment in fragments)
        {
            var text = pending.Length > 0 ? $"{pending}, {fragment}" : fragment;
            pending = string.Empty;
            if (StartsWithSubordinator(text) && !text.Contains(',', StringComparison.Ordinal))
            {
                pending = text;
            }
            else if (WordCount(text) < MinClauseWords && merged.Count > 0)
            {
                merged[^1] = $"{merged[^1]} and {text}";
            }
            else
            {
                merged.Add(text);
            }
        }

        if (pending.Length > 0)
        {
            merged.Add(pending);
        }

        return merged;
    }

    /// <summary>Two clauses about one problem, as one sentence: "the lid is missing, and the jug is cracked".</summary>
    private static string Join(string first, string second) => $"{first}, and {LowerFirst(second)}";

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>A clause made only of feeling words ("this is ridiculous", "absolutely terrible").</summary>
    private static bool IsOutburst(string clause) =>
        !clause.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', '!', '?', ':', ';').ToLowerInvariant())
            .Where(w => w.Length > 0)
            .Any(w => !FillerWords.Contains(w) && !AngerLexicon.IsFeelingWord(w));

    [GeneratedRegex(@"\s*[,(]\s*(?:order|booking|reference|ref)\s*(?:number|no\.?|#)?\s*[:#]?\s*[A-Za-z]{0,3}-?\d{4,10}\s*[,)]", RegexOptions.IgnoreCase)]
    private static partial Regex OrderAside();

    /// <summary>"The order number is 90001" gives a fact, not a problem: little is left once the order is taken out.</summary>
    private static bool SaysSomething(string clause)
    {
        var withoutOrder = OrderReference().Replace(clause, " ");
        if (withoutOrder.Length == clause.Length)
        {
            return true;
        }

        return withoutOrder.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Count(w => w.Any(char.IsLetter) && !FillerWords.Contains(w.Trim(',', '.', ':', '!', '?').ToLowerInvariant())) >= 2;
    }

    private static readonly HashSet<string> FillerWords =
        ["the", "a", "an", "is", "it's", "its", "it", "my", "your", "number", "no", "was", "oh", "and", "also", "btw", "ps", "here", "that", "that's", "this", "sorry", "forgot", "to", "say", "mention", "what", "how", "just", "i'm", "im", "am", "are", "you", "so", "such", "quality", "service", "honestly"];

    [GeneratedRegex(@"\b(?:order|booking|reference|ref)?\s*(?:number|no\.?|#)?\s*[:#]?\s*[A-Za-z]{0,3}-?\d{4,10}\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrderReference();

    private static bool StartsWithSubordinator(string text) =>
        Subordinators.Contains(text.Split(' ', 2)[0].ToLowerInvariant());

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Clean(string fragment) =>
        Spaces().Replace(LeadingConnector().Replace(fragment.Trim().Trim(',', ';', ':', '-', '.', '!', '?', ' '), string.Empty), " ").Trim();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:(?:oh|and|also|plus|but|btw|ps|then)\b[\s,]*)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConnector();

    [GeneratedRegex(@"(?<=[.!?;])\s+|\n+|[.!?]{2,}\s*")]
    private static partial Regex Sentences();

    [GeneratedRegex(@",\s*(?:and\s+(?:then\s+)?|also\s+|plus\s+|then\s+|but\s+)?|\s+and\s+(?:then\s+|also\s+)?(?=\w+\s+\w+)|\s+(?:also|plus|but)\s+(?=\w+\s+\w+)|\s+on top of (?:that|this),?\s+|\s+not to mention\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Connectors();
}
