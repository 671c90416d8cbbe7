using System.Text.RegularExpressions;

namespace BotCare.Understanding;

/// <summary>
/// Scores how angry a message is, from what angry customers actually write: negative words (weighed more
/// after an intensifier, neutralized after a negation), profanity, insults, threats to leave or sue,
/// SHOUTING, repeated punctuation, and sarcasm (praise words in an otherwise negative message count against).
/// Warm words lower the score.
/// </summary>
public static partial class SentimentAnalyzer
{
    public static SentimentScore Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokens().Matches(text).Select(m => m.Value).ToList();
        var words = tokens.Where(t => char.IsLetter(t[0])).ToList();
        var signals = new SortedSet<string>(StringComparer.Ordinal);
        double anger = 0, negative = 0, positive = 0;
        var sarcasmProne = false;

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!char.IsLetter(token[0]))
            {
                continue;
            }

            var word = token.ToLowerInvariant();
            var boost = IsIntensified(tokens, i) ? 1.5 : 1.0;
            var negated = IsNegated(tokens, i);
            if (AngerLexicon.Insults.TryGetValue(word, out var insult))
            {
                anger += insult * boost;
                negative += insult;
                signals.Add("insult");
            }
            else if (AngerLexicon.Profanity.TryGetValue(word, out var profanity))
            {
                anger += profanity * boost;
                negative += profanity;
                signals.Add("profanity");
            }
            else if (AngerLexicon.Negative.TryGetValue(word, out var weight) && !negated)
            {
                anger += weight * boost;
                negative += weight;
            }
            else if (AngerLexicon.Positive.TryGetValue(word, out var warmth))
            {
                if (negated)
                {
                    // "not happy", "not ok": a complaint, not praise.
                    anger += warmth * boost;
                    negative += warmth;
                    signals.Add("negation");
                }
                else
                {
                    positive += warmth * boost;
                    sarcasmProne |= AngerLexicon.SarcasmProne.Contains(word);
                }
            }
        }

        anger += Threats(text, signals) + LostEffort(text, signals) + Shouting(words, signals) + Punctuation(tokens, signals);

        // Praise words in an angry message ("great job, 3 weeks for a parcel") are sarcasm, and add to it.
        if (positive > 0 && sarcasmProne && (negative >= 0.3 || SarcasticPhrase().IsMatch(text)))
        {
            signals.Add("sarcasm");
            anger += 0.15 + (positive * 0.5);
            negative += positive;
            positive = 0;
        }

        anger = Math.Max(0, anger - (positive * 0.6));
        var score = 1 - Math.Exp(-1.3 * anger);
        var valence = Math.Tanh((positive - negative) * 1.5);
        return new SentimentScore(Math.Round(score, 3), Math.Round(valence, 3), [.. signals]);
    }

    private static bool IsIntensified(List<string> tokens, int index) =>
        index > 0 && AngerLexicon.Intensifiers.Contains(tokens[index - 1].ToLowerInvariant());

    /// <summary>A negation within the three words before, not across punctuation.</summary>
    private static bool IsNegated(List<string> tokens, int index)
    {
        for (var i = index - 1; i >= 0 && i >= index - 3; i--)
        {
            if (!char.IsLetter(tokens[i][0]))
            {
                return false;
            }

            if (AngerLexicon.Negations.Contains(tokens[i].ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    private static double Threats(string text, SortedSet<string> signals)
    {
        var lower = text.ToLowerInvariant();
        var threats = AngerLexicon.Threats.Count(t => lower.Contains(t, StringComparison.Ordinal));
        if (threats > 0)
        {
            signals.Add("threat");
        }

        return Math.Min(threats, 2) * 0.3;
    }

    private static double LostEffort(string text, SortedSet<string> signals)
    {
        var lower = text.ToLowerInvariant();
        var found = AngerLexicon.LostEffort.Count(p => lower.Contains(p, StringComparison.Ordinal));
        if (found > 0)
        {
            signals.Add("lost effort");
        }

        return Math.Min(found, 2) * 0.25;
    }

    /// <summary>Words in capitals (not acronyms) are shouting; a mostly-capitals message more so.</summary>
    private static double Shouting(List<string> words, SortedSet<string> signals)
    {
        var shouted = words.Count(w => w.Length >= 3 && w.Any(char.IsLetter) && w.Where(char.IsLetter).All(char.IsUpper) && !AngerLexicon.Acronyms.Contains(w));
        if (shouted == 0)
        {
            return 0;
        }

        signals.Add("shouting");
        var mostlyCaps = words.Count >= 3 && shouted >= words.Count * 0.5;
        return Math.Min(shouted * 0.15, 0.45) + (mostlyCaps ? 0.25 : 0);
    }

    private static double Punctuation(List<string> tokens, SortedSet<string> signals)
    {
        double score = 0;
        foreach (var token in tokens.Where(t => t[0] is '!' or '?'))
        {
            if (token.Length >= 2 && token.Contains('!', StringComparison.Ordinal))
            {
                score += 0.15;
            }
            else if (token.Length >= 3)
            {
                score += 0.1;
            }
        }

        if (score > 0)
        {
            signals.Add("exclamations");
        }

        return Math.Min(score, 0.35);
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z*'’-]*|[!?]+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"\b(?:thanks for nothing|yeah right|just great|oh great|thanks a lot|great job|well done|good job|nice one|love (?:that|how)|what a (?:joke|service))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SarcasticPhrase();
}
