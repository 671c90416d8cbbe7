using System.Text;

namespace BotCare.Cases;

/// <summary>
/// Groups the customers' ideas of how a problem could have been avoided, so the same idea written ten ways counts
/// ten times. Ideas are grouped under the case's main category, and two ideas are the same when their
/// <see cref="Normalize">normalized</see> forms are equal. A group is shown with its most frequent spelling (the
/// earliest on a tie).
/// </summary>
public static class AvoidanceIdeas
{
    // Words that change how an idea is phrased, not what it says ("you could have packed it better").
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "to", "of", "for", "it", "its", "is", "are", "be", "been", "was", "that", "this", "you", "your",
        "we", "i", "me", "my", "could", "should", "would", "have", "has", "had", "just", "please", "maybe", "perhaps",
        "if", "and", "or", "so", "on", "in", "at", "by", "with", "them", "they", "their", "more", "better", "properly",
    };

    /// <summary>
    /// The idea's key: lower case, punctuation as spaces, filler words dropped, and a plural "s"
    /// dropped from words longer than three letters ("Pack the parcels properly!" and "pack parcel" are one idea).
    /// Empty when nothing is left.
    /// </summary>
    public static string Normalize(string idea)
    {
        ArgumentNullException.ThrowIfNull(idea);
        var plain = new StringBuilder(idea.Length);
        foreach (var c in idea)
        {
            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Filler.Contains(w))
            .Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w)
            .Where(w => !Filler.Contains(w));
        return string.Join(' ', words);
    }

    /// <summary>The ideas of <paramref name="cases"/>, in groups by main category, the larger groups first.</summary>
    public static IReadOnlyList<AvoidanceIdeaGroup> Group(IEnumerable<Case> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var ideas = cases
            .Where(c => !string.IsNullOrWhiteSpace(c.AvoidanceIdea))
            .OrderBy(c => c.CreatedAt)
            .Select(c => (Category: CaseFigures.MainCategory(c), Text: c.AvoidanceIdea!.Trim(), Key: Normalize(c.AvoidanceIdea!)))
            .Where(i => i.Key.Length > 0)
            .ToList();
        return ideas
            .GroupBy(i => i.Category)
            .Select(category => new AvoidanceIdeaGroup(
                category.Key,
                category.Count(),
                category.GroupBy(i => i.Key, StringComparer.Ordinal)
                    .Select(same => new AvoidanceIdeaCount(Spelling.MostFrequent(same.Select(i => i.Text)), same.Count()))
                    .OrderByDescending(i => i.Count).ThenBy(i => i.Idea, StringComparer.OrdinalIgnoreCase)
                    .ToList()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Category)
            .ToList();
    }
}
