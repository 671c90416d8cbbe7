using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace BotCare.Understanding;

/// <summary>
/// Scores how angry a message is, from what angry customers actually write: negative words (weighed more
/// after an intensifier, neutralized after a negation), profanity, insults, threats to leave or sue,
/// SHOUTING, repeated punctuation, and sarcasm (praise words in an otherwise negative message count against).
/// Warm words lower the score.
/// </summary>
/// <remarks>
/// Runs on every message, so it reads the text in one pass without copying words out of it: tokens are
/// <see cref="SentimentTokens"/> (runs of ASCII letters, or of "!" and "?"), looked up as spans, lower-cased on
/// the stack.
/// </remarks>
public static partial class SentimentAnalyzer
{
    /// <summary>Words longer than this (pasted junk) are lower-cased into a string instead of on the stack.</summary>
    private const int LongestStackWord = 64;

    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Insults = AngerLexicon.Insults.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Profanity = AngerLexicon.Profanity.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Negative = AngerLexicon.Negative.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Positive = AngerLexicon.Positive.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SarcasmProne = AngerLexicon.SarcasmProne.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Intensifiers = AngerLexicon.Intensifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negations = AngerLexicon.Negations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Acronyms = AngerLexicon.Acronyms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly (SentimentSignals Signal, string Name)[] SignalNames =
    [
        (SentimentSignals.Exclamations, "exclamations"), (SentimentSignals.Insult, "insult"), (SentimentSignals.LostEffort, "lost effort"),
        (SentimentSignals.Negation, "negation"), (SentimentSignals.Profanity, "profanity"), (SentimentSignals.Sarcasm, "sarcasm"),
        (SentimentSignals.Shouting, "shouting"), (SentimentSignals.Threat, "threat"),
    ];

    private static readonly SearchValues<string> AnyThreat = SearchValues.Create(AngerLexicon.Threats, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> AnyLostEffort = SearchValues.Create(AngerLexicon.LostEffort, StringComparison.OrdinalIgnoreCase);

    public static SentimentScore Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var signals = SentimentSignals.None;
        double anger = 0, negative = 0, positive = 0, punctuation = 0;
        var sarcasmProne = false;
        int words = 0, shouted = 0;
        var recent = default(RecentTokens);
        Span<char> buffer = stackalloc char[LongestStackWord];

        for (var tokens = new SentimentTokens(text); tokens.MoveNext();)
        {
            var token = tokens.Current;
            if (!char.IsAsciiLetter(token[0]))
            {
                // "!!", "?!?": a token of its own, which also stops a negation from reaching across it.
                punctuation += token.Length >= 2 && token.Contains('!') ? 0.15 : token.Length >= 3 ? 0.1 : 0;
                recent.Push(TokenTraits.Punctuation);
                continue;
            }

            var word = token.Length <= LongestStackWord ? buffer[..token.ToLowerInvariant(buffer)] : token.ToString().ToLowerInvariant().AsSpan();
            var boost = recent.IsIntensified ? 1.5 : 1.0;
            var negated = recent.IsNegated;
            if (Insults.TryGetValue(word, out var insult))
            {
                anger += insult * boost;
                negative += insult;
                signals |= SentimentSignals.Insult;
            }
            else if (Profanity.TryGetValue(word, out var profanity))
            {
                anger += profanity * boost;
                negative += profanity;
                signals |= SentimentSignals.Profanity;
            }
            else if (Negative.TryGetValue(word, out var weight) && !negated)
            {
                anger += weight * boost;
                negative += weight;
            }
            else if (Positive.TryGetValue(word, out var warmth))
            {
                if (negated)
                {
                    // "not happy", "not ok": a complaint, not praise.
                    anger += warmth * boost;
                    negative += warmth;
                    signals |= SentimentSignals.Negation;
                }
                else
                {
                    positive += warmth * boost;
                    sarcasmProne |= SarcasmProne.Contains(word);
                }
            }

            words++;
            if (IsShouted(token))
            {
                shouted++;
            }

            recent.Push(TokenTraits.Word
                | (Negations.Contains(word) ? TokenTraits.Negation : TokenTraits.None)
                | (Intensifiers.Contains(word) ? TokenTraits.Intensifier : TokenTraits.None));
        }

        anger += Threats(text, ref signals) + Shouting(words, shouted, ref signals) + Punctuation(punctuation, ref signals);

        // Praise words in an angry message ("great job, 3 weeks for a parcel") are sarcasm, and add to it.
        if (positive > 0 && sarcasmProne && (negative >= 0.3 || SarcasticPhrase().IsMatch(text)))
        {
            signals |= SentimentSignals.Sarcasm;
            anger += 0.15 + (positive * 0.5);
            negative += positive;
            positive = 0;
        }

        anger = Math.Max(0, anger - (positive * 0.6));
        var score = 1 - Math.Exp(-1.3 * anger);
        var valence = Math.Tanh((positive - negative) * 1.5);
        return new SentimentScore(Math.Round(score, 3), Math.Round(valence, 3), Names(signals));
    }

    /// <summary>Threats to leave or sue, and time and effort thrown away: up to two of each count.</summary>
    /// <remarks>
    /// Phrases are matched case-insensitively. For ASCII text a case-insensitive search is exact, and one pass
    /// over the text finds whether any phrase is there at all; other text is lower-cased first, as Unicode does.
    /// </remarks>
    private static double Threats(string text, ref SentimentSignals signals)
    {
        var ascii = Ascii.IsValid(text);
        var lower = ascii ? text : text.ToLowerInvariant();
        var comparison = ascii ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var threats = ascii && !text.AsSpan().ContainsAny(AnyThreat) ? 0 : CountUpToTwo(lower, AngerLexicon.Threats, comparison);
        var lostEffort = ascii && !text.AsSpan().ContainsAny(AnyLostEffort) ? 0 : CountUpToTwo(lower, AngerLexicon.LostEffort, comparison);
        signals |= (threats > 0 ? SentimentSignals.Threat : 0) | (lostEffort > 0 ? SentimentSignals.LostEffort : 0);
        return (threats * 0.3) + (lostEffort * 0.25);
    }

    private static int CountUpToTwo(string text, string[] phrases, StringComparison comparison)
    {
        var found = 0;
        for (var i = 0; i < phrases.Length && found < 2; i++)
        {
            found += text.Contains(phrases[i], comparison) ? 1 : 0;
        }

        return found;
    }

    /// <summary>A word of three letters or more in capitals, and not an acronym.</summary>
    private static bool IsShouted(ReadOnlySpan<char> token) =>
        token.Length >= 3 && !token.ContainsAnyInRange('a', 'z') && !Acronyms.Contains(token);

    /// <summary>Words in capitals (not acronyms) are shouting; a mostly-capitals message more so.</summary>
    private static double Shouting(int words, int shouted, ref SentimentSignals signals)
    {
        if (shouted == 0)
        {
            return 0;
        }

        signals |= SentimentSignals.Shouting;
        var mostlyCaps = words >= 3 && shouted >= words * 0.5;
        return Math.Min(shouted * 0.15, 0.45) + (mostlyCaps ? 0.25 : 0);
    }

    private static double Punctuation(double score, ref SentimentSignals signals)
    {
        if (score > 0)
        {
            signals |= SentimentSignals.Exclamations;
        }

        return Math.Min(score, 0.35);
    }

    /// <summary>The signals' names in ordinal order (the flags are declared in that order).</summary>
    private static string[] Names(SentimentSignals signals)
    {
        if (signals == SentimentSignals.None)
        {
            return [];
        }

        var names = new List<string>(4);
        foreach (var (signal, name) in SignalNames)
        {
            if (signals.HasFlag(signal))
            {
                names.Add(name);
            }
        }

        return [.. names];
    }

    [GeneratedRegex(@"\b(?:thanks for nothing|yeah right|just great|oh great|thanks a lot|great job|well done|good job|nice one|love (?:that|how)|what a (?:joke|service))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SarcasticPhrase();
}
