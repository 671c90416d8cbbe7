using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace BotCare.Understanding;

/// <summary>
/// The labelled messages the classifier learns from. The training file is embedded in this assembly, so the
/// committed model can be checked against exactly the data it must have been trained on.
/// </summary>
public static class TrainingData
{
    private const string ResourceName = "BotCare.Understanding.Training.utterances.tsv";

    /// <summary>The training set's raw text.</summary>
    public static string ReadTrainingText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded training data '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static IReadOnlyList<LabelledUtterance> Training() => Parse(ReadTrainingText());

    /// <summary>The held-out set, which training never sees; read from a file next to the assembly.</summary>
    public static IReadOnlyList<LabelledUtterance> HeldOut(string? path = null) =>
        Parse(File.ReadAllText(path ?? Path.Combine(AppContext.BaseDirectory, "Training", "heldout.tsv")));

    /// <summary>A fingerprint of the training text (line endings normalized), recorded with the model.</summary>
    public static string Fingerprint(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));

    /// <summary>Reads <c>label\ttext</c> lines after a header line.</summary>
    public static IReadOnlyList<LabelledUtterance> Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var rows = new List<LabelledUtterance>();
        foreach (var line in tsv.ReplaceLineEndings("\n").Split('\n').Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"Expected 'label<TAB>text' but read: {line}");
            }

            rows.Add(new LabelledUtterance(line[..tab], line[(tab + 1)..]));
        }

        return rows;
    }
}
