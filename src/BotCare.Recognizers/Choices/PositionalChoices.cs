using System.Globalization;

namespace BotCare.Recognizers.Choices;

/// <summary>"The second one", "2nd", "last one", "2": a choice picked by its position in the list (1-based).</summary>
internal static class PositionalChoices
{
    public static List<ChoiceHit> Find(string utterance, int choiceCount, ChoiceMatchOptions options)
    {
        var hits = new List<ChoiceHit>();
        if (options.RecognizeOrdinals)
        {
            foreach (var ordinal in NumberRecognizer.RecognizeOrdinal(utterance))
            {
                var offset = int.Parse((string)ordinal.Resolution["offset"]!, CultureInfo.InvariantCulture);
                var fromEnd = (string?)ordinal.Resolution["relativeTo"] == "end";
                Add(hits, fromEnd ? choiceCount - 1 + offset : offset - 1, ordinal, choiceCount);
            }
        }

        if (options.RecognizeNumbers && hits.Count == 0)
        {
            foreach (var number in NumberRecognizer.RecognizeNumber(utterance))
            {
                if (int.TryParse((string)number.Resolution["value"]!, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
                {
                    Add(hits, position - 1, number, choiceCount);
                }
            }
        }

        return hits;
    }

    private static void Add(List<ChoiceHit> hits, int index, ModelResult source, int choiceCount)
    {
        if (index >= 0 && index < choiceCount)
        {
            hits.Add(new ChoiceHit(index, source.Text, source.Start, source.End + 1, 1.0, 1));
        }
    }
}
