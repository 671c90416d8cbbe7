using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace BotCare.Understanding;

/// <summary>
/// Trains the intent classifier: word uni- and bigrams plus character 5-grams (robust to typos and slang),
/// fed to a maximum-entropy SDCA trainer. One thread and a fixed seed make training reproducible: the same
/// data gives the same model.
/// </summary>
public static class ClassifierTrainer
{
    public const int Seed = 7;

    /// <summary>Trains on <paramref name="examples"/> and returns the model as a zip, ready for <see cref="ComplaintClassifier"/>.</summary>
    public static byte[] Train(IEnumerable<LabelledUtterance> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var ml = new MLContext(seed: Seed);
        var rows = examples.Select(e => new ClassifierRow { Label = e.Label, Text = e.Text }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);

        var features = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 5, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var trainer = new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            L2Regularization = 1e-6f,
            MaximumNumberOfIterations = 200,
            NumberOfThreads = 1,
        };

        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", "Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", features, nameof(ClassifierRow.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(trainer))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));

        var model = pipeline.Fit(data);
        using var zip = new MemoryStream();
        ml.Model.Save(model, data.Schema, zip);
        return zip.ToArray();
    }

    private static string MlNetVersion() =>
        typeof(MLContext).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>Trains on the embedded training set and writes the model and its metadata into <paramref name="directory"/>.</summary>
    public static ModelInfo TrainAndSave(string directory)
    {
        var text = TrainingData.ReadTrainingText();
        var examples = TrainingData.Parse(text);
        var model = Train(examples);
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, ComplaintClassifier.ModelFileName), model);
        var info = new ModelInfo(TrainingData.Fingerprint(text), examples.Count, Seed, MlNetVersion());
        File.WriteAllText(Path.Combine(directory, ComplaintClassifier.ModelInfoFileName), JsonSerializer.Serialize(info, ModelInfo.JsonOptions) + "\n");
        return info;
    }
}
