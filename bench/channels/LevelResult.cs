namespace BotCare.Channels.Bench;

/// <summary>One target at one concurrency: throughput, latency, errors, and the server's CPU and memory.</summary>
internal sealed record LevelResult(
    string Target,
    int Concurrency,
    int Turns,
    int Errors,
    double TurnsPerSecond,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double CpuMsPerTurn,
    double PeakMemoryMb,
    string? FirstError);
