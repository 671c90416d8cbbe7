using BotCare.Understanding;
using BotCare.Understanding.Bench;

// Usage (from the repository root):
//   dotnet run -c Release --project bench/understanding -- train    retrain the committed model from the training data
//   dotnet run -c Release --project bench/understanding              measure the committed model, write RESULTS.md
//   dotnet run -c Release --project bench/understanding -- verify   retrain in memory; fail unless it predicts exactly like the committed model
//   dotnet run -c Release --project bench/understanding -- --profile  print each understanding stage's time and allocations per message
var root = RepositoryRoot.Find();
var command = args.Length > 0 ? args[0] : "measure";
switch (command)
{
    case "train":
        var info = ClassifierTrainer.TrainAndSave(Path.Combine(root, "src", "BotCare.Understanding", "Model"));
        Console.WriteLine($"Trained on {info.Examples} messages (data {info.TrainingDataSha256[..12]}). Rebuild to embed the new model.");
        return 0;
    case "verify":
        return Reproducibility.Verify(TrainingData.HeldOut(Path.Combine(root, "src", "BotCare.Understanding", "Training", "heldout.tsv")));
    case "--profile":
        Console.WriteLine(StageProfile.Run(TrainingData.HeldOut(Path.Combine(root, "src", "BotCare.Understanding", "Training", "heldout.tsv"))));
        return 0;
    default:
        var report = Measurement.Run(TrainingData.HeldOut(Path.Combine(root, "src", "BotCare.Understanding", "Training", "heldout.tsv")));
        Console.WriteLine(report);
        File.WriteAllText(Path.Combine(root, "bench", "understanding", "RESULTS.md"), report);
        return 0;
}
