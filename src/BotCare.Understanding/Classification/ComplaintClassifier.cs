using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace BotCare.Understanding;

/// <summary>
/// Classifies a customer message into an <see cref="Intent"/>: explicit-ask rules first, then the ML.NET
/// model trained from <see cref="TrainingData"/>. The trained model is committed and embedded in this assembly
/// (regenerate it with <c>dotnet run -c Release --project bench/understanding -- train</c>), so loading takes
/// milliseconds. Safe to call from many threads.
/// </summary>
public sealed class ComplaintClassifier
{
    public const string ModelFileName = "complaint-classifier.zip";
    public const string ModelInfoFileName = "complaint-classifier.json";

    private static readonly Lazy<ComplaintClassifier> Embedded = new(() => FromEmbeddedModel());

    private readonly MLContext _ml = new(seed: ClassifierTrainer.Seed);
    private readonly ITransformer _model;
    private readonly Intent[] _slots;
    private readonly ConcurrentBag<PredictionEngine<ClassifierRow, ClassifierScores>> _engines = [];

    public ComplaintClassifier(Stream model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = _ml.Model.Load(model, out var inputSchema);
        _slots = ReadSlotOrder(_model, inputSchema);
    }

    /// <summary>The classifier of the committed model, loaded once per process.</summary>
    public static ComplaintClassifier Default => Embedded.Value;

    /// <summary>What the committed model was trained from.</summary>
    public static ModelInfo EmbeddedModelInfo()
    {
        using var stream = OpenResource(ModelInfoFileName);
        using var reader = new StreamReader(stream);
        return ModelInfo.Parse(reader.ReadToEnd());
    }

    public IntentPrediction Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ranked = Predict(text);
        if (ExplicitIntentRules.Match(text) is { } explicitIntent)
        {
            return new IntentPrediction(explicitIntent, 1.0, ranked, ByRule: true);
        }

        return new IntentPrediction(ranked[0].Intent, ranked[0].Score, ranked);
    }

    /// <summary>Every intent with the model's probability, most likely first.</summary>
    public IReadOnlyList<IntentScore> Predict(string text)
    {
        var engine = _engines.TryTake(out var pooled) ? pooled : _ml.Model.CreatePredictionEngine<ClassifierRow, ClassifierScores>(_model);
        try
        {
            var scores = engine.Predict(new ClassifierRow { Text = text }).Score;
            return scores
                .Select((score, slot) => new IntentScore(_slots[slot], score))
                .OrderByDescending(s => s.Score)
                .ToList();
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static ComplaintClassifier FromEmbeddedModel()
    {
        using var stream = OpenResource(ModelFileName);
        return new ComplaintClassifier(stream);
    }

    private static Stream OpenResource(string fileName) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"BotCare.Understanding.Model.{fileName}")
        ?? throw new InvalidOperationException($"The embedded model file '{fileName}' is missing; train it with bench/understanding.");

    /// <summary>The score vector's slots follow the label key order the model learned; read it from the schema.</summary>
    private static Intent[] ReadSlotOrder(ITransformer model, DataViewSchema inputSchema)
    {
        var scoreColumn = model.GetOutputSchema(inputSchema)["Score"];
        VBuffer<ReadOnlyMemory<char>> names = default;
        scoreColumn.GetSlotNames(ref names);
        return names.DenseValues().Select(n => IntentLabels.Parse(n.ToString())).ToArray();
    }
}
