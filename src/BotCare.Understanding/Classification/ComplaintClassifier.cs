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
    private readonly ConcurrentBag<PooledPredictor> _predictors = [];

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
        var predictor = _predictors.TryTake(out var pooled)
            ? pooled
            : new PooledPredictor(_ml.Model.CreatePredictionEngine<ClassifierRow, ClassifierScores>(_model));
        try
        {
            return Rank(predictor.Scores(text));
        }
        finally
        {
            _predictors.Add(predictor);
        }
    }

    /// <summary>
    /// The slots' intents by descending score; equal scores keep slot order (a stable sort, as ordering the
    /// scores with LINQ did). An insertion sort: there are only as many slots as intents.
    /// </summary>
    private IntentScore[] Rank(float[] scores)
    {
        var ranked = new IntentScore[scores.Length];
        for (var slot = 0; slot < scores.Length; slot++)
        {
            var score = new IntentScore(_slots[slot], scores[slot]);
            var at = slot;

            // CompareTo orders NaN below every number, as the default comparer of a LINQ sort does.
            while (at > 0 && ranked[at - 1].Score.CompareTo(score.Score) < 0)
            {
                ranked[at] = ranked[at - 1];
                at--;
            }

            ranked[at] = score;
        }

        return ranked;
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
