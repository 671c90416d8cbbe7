using System.Text.Json;

namespace BotCare.Understanding;

/// <summary>What the committed model was trained from, so a test can tell when it is stale.</summary>
/// <param name="TrainingDataSha256">Fingerprint of the training file (<see cref="TrainingData.Fingerprint"/>).</param>
/// <param name="Examples">How many labelled messages it learned from.</param>
/// <param name="Seed">The random seed of training.</param>
/// <param name="MlNetVersion">The ML.NET version that trained it.</param>
public sealed record ModelInfo(string TrainingDataSha256, int Examples, int Seed, string MlNetVersion)
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static ModelInfo Parse(string json) =>
        JsonSerializer.Deserialize<ModelInfo>(json, JsonOptions) ?? throw new JsonException("Empty model info.");
}
