using BotCare.Recognizers;

namespace BotCare.Builder.Dialogs;

/// <summary>Matches an answer against a list of <see cref="Choice"/>s with <see cref="ChoiceMatcher"/>.</summary>
public static class ChoiceRecognizers
{
    /// <summary>
    /// The choices found in <paramref name="utterance"/>, best first: by value or synonym (typos tolerated),
    /// else by position ("the second one", "2").
    /// </summary>
    public static IReadOnlyList<FoundChoice> RecognizeChoices(string utterance, IList<Choice> choices, FindChoicesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (string.IsNullOrWhiteSpace(utterance) || choices.Count == 0)
        {
            return [];
        }

        options ??= new FindChoicesOptions();
        var candidates = choices.Select(c => new ChoiceCandidate(c.Value, SynonymsOf(c, options))).ToList();
        var matchOptions = new ChoiceMatchOptions
        {
            RecognizeOrdinals = options.RecognizeOrdinals,
            RecognizeNumbers = options.RecognizeNumbers,
            AllowPartialMatches = options.AllowPartialMatches,
        };

        return ChoiceMatcher.FindChoices(utterance, candidates, matchOptions)
            .Select(ToFoundChoice)
            .OrderByDescending(c => c.Score)
            .ToList();
    }

    private static List<string> SynonymsOf(Choice choice, FindChoicesOptions options)
    {
        var synonyms = choice.Synonyms?.ToList() ?? [];
        if (!options.NoAction && choice.Action?.Title is { Length: > 0 } title && title != choice.Value)
        {
            synonyms.Add(title);
        }

        return synonyms;
    }

    private static FoundChoice ToFoundChoice(ModelResult result) => new()
    {
        Value = (string)result.Resolution["value"]!,
        Index = Convert.ToInt32(result.Resolution["index"], System.Globalization.CultureInfo.InvariantCulture),
        Score = Convert.ToDouble(result.Resolution["score"], System.Globalization.CultureInfo.InvariantCulture),
        Synonym = result.Resolution.TryGetValue("synonym", out var synonym) ? synonym as string : null,
    };
}
