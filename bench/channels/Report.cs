using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace BotCare.Channels.Bench;

/// <summary>Writes the run as RESULTS.md: the machine, the table, the ratios, and the targets checked.</summary>
internal static class Report
{
    public const int TargetConcurrency = 16;
    public const double TargetRatioToNode = 3.0;
    public const double TargetP99Ms = 50;
    public const string BotCareTarget = "BotCare (SQLite state)";
    public const string BotCareWithoutCacheTarget = "BotCare (SQLite state, no state cache)";
    public const string BotCarePostgresTarget = "BotCare (PostgreSQL state)";
    public const double TargetStoredBytes = 8 * 1024;

    public static string Write(IReadOnlyList<LevelResult> results, IReadOnlyList<SizeResult> sizes, int seconds, int rounds, int warmup, int targetWarmup)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("# Channel benchmark: recovery conversations through /api/messages");
        text.AppendLine();
        text.AppendLine(c, $"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {Machine()}.");
        text.AppendLine();
        text.AppendLine(c, $"Each simulated customer runs the full recovery conversation ({ScriptedCustomer.Turns.Length} turns: the welcome, then the broken-headphones story through to the goodbye) with `deliveryMode: expectReplies`, and every answer is checked for the expected text; a new conversation starts when one ends. All servers run at once; each first gets {targetWarmup} s of unmeasured load at concurrency 16 (so JIT compilers have settled). Then, per concurrency level, the targets take turns in {rounds} rounds of short slices ({warmup} s of warm-up, then {(double)seconds / rounds:0.#} s measured), in a rotating order, so that drifts in this shared machine's speed fall on every target alike; each row adds up {seconds} s of measurement. The load driver runs on the same machine. CPU and peak memory are the server process's own (from /proc), per level.");
        text.AppendLine();
        text.AppendLine("| target | concurrency | turns/s | p50 ms | p90 ms | p99 ms | errors | server CPU ms/turn | server peak MB |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(c, $"| {r.Target} | {r.Concurrency} | {r.TurnsPerSecond:F0} | {r.P50Ms:F2} | {r.P90Ms:F2} | {r.P99Ms:F2} | {r.Errors} | {r.CpuMsPerTurn:F3} | {r.PeakMemoryMb:F0} |");
        }

        text.AppendLine();
        text.AppendLine("Ratios in this run (BotCare turns/s divided by the baseline's):");
        text.AppendLine();
        foreach (var level in results.Select(r => r.Concurrency).Distinct())
        {
            var botcare = Find(results, BotCareTarget, level);
            var node = Find(results, "Node", level);
            var echo = Find(results, "echo", level);
            if (botcare is null || node is null || echo is null)
            {
                continue;
            }

            text.AppendLine(c, $"- concurrency {level}: {botcare.TurnsPerSecond / node.TurnsPerSecond:F2}× the Node SDK bot, {botcare.TurnsPerSecond / echo.TurnsPerSecond:P0} of the echo ceiling; CPU per turn {botcare.CpuMsPerTurn / node.CpuMsPerTurn:F2}× Node's.");
            if (Find(results, BotCareWithoutCacheTarget, level) is { } uncached)
            {
                text.AppendLine(c, $"  Without the state cache: {uncached.TurnsPerSecond / node.TurnsPerSecond:F2}× the Node SDK bot; CPU per turn {uncached.CpuMsPerTurn / node.CpuMsPerTurn:F2}× Node's.");
            }

            if (Find(results, BotCarePostgresTarget, level) is { } postgres)
            {
                text.AppendLine(c, $"  On PostgreSQL: {postgres.TurnsPerSecond / node.TurnsPerSecond:F2}× the Node SDK bot; CPU per turn {postgres.CpuMsPerTurn / node.CpuMsPerTurn:F2}× Node's (PostgreSQL's own CPU not included).");
            }
        }

        var target = Find(results, BotCareTarget, TargetConcurrency);
        var nodeTarget = Find(results, "Node", TargetConcurrency);
        if (target is not null && nodeTarget is not null)
        {
            var ratio = target.TurnsPerSecond / nodeTarget.TurnsPerSecond;
            var pass = ratio >= TargetRatioToNode && target.P99Ms < TargetP99Ms && results.Where(r => r.Target.StartsWith("BotCare", StringComparison.Ordinal)).All(r => r.Errors == 0);
            text.AppendLine();
            text.AppendLine(c, $"Target (concurrency {TargetConcurrency}, SQLite state): at least {TargetRatioToNode}× the Node bot's turns/s, p99 under {TargetP99Ms} ms, no errors. This run: {ratio:F2}×, p99 {target.P99Ms:F2} ms, {results.Where(r => r.Target.StartsWith("BotCare", StringComparison.Ordinal)).Sum(r => r.Errors)} errors: **{(pass ? "met" : "not met")}**.");
        }

        if (sizes.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(c, $"Stored state per conversation, after the load: {StoredState.Conversations} fresh conversations run to the goodbye on each BotCare target, then their rows read from its database (bytes of UTF-8 as stored). State is the conversation's document (dialog stack, turn journal, recovery state); the case is its record. Transcripts are kept apart from both and grow with the conversation.");
            text.AppendLine();
            text.AppendLine("| target | conversations | state bytes | case bytes | state + case | largest state + case | transcript bytes |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var size in sizes)
            {
                text.AppendLine(c, $"| {size.Target} | {size.Conversations} | {size.StateBytes:F0} | {size.CaseBytes:F0} | {size.TotalBytes:F0} | {size.MaxTotalBytes} | {size.TranscriptBytes:F0} |");
            }

            var sizePass = sizes.All(s => s.Conversations == StoredState.Conversations && s.Cases == StoredState.Conversations && s.MaxTotalBytes < TargetStoredBytes);
            text.AppendLine();
            text.AppendLine(c, $"Target: under {TargetStoredBytes / 1024:F0} KB of state and case per conversation. This run: largest {sizes.Max(s => s.MaxTotalBytes)} bytes: **{(sizePass ? "met" : "not met")}**.");
        }

        text.AppendLine();
        text.AppendLine("Run it again with `dotnet run -c Release --project bench/channels` (about 15 minutes); the numbers only mean something against the baselines of the same run. The language-understanding benchmark keeps its own results in `bench/understanding/RESULTS.md`.");
        return text.ToString();
    }

    /// <summary>The row of the target named <paramref name="name"/>, or the first whose name starts with it.</summary>
    private static LevelResult? Find(IReadOnlyList<LevelResult> results, string name, int concurrency) =>
        results.FirstOrDefault(r => r.Target == name && r.Concurrency == concurrency)
        ?? results.FirstOrDefault(r => r.Target.StartsWith(name, StringComparison.Ordinal) && r.Concurrency == concurrency);

    private static string Machine()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{Environment.ProcessorCount} cores ({model ?? RuntimeInformation.ProcessArchitecture.ToString()}), {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Node {NodeVersion()}";
    }

    private static string NodeVersion()
    {
        try
        {
            using var node = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node", ["--version"]) { RedirectStandardOutput = true })!;
            var version = node.StandardOutput.ReadToEnd().Trim();
            node.WaitForExit();
            return version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "(not found)";
        }
    }
}
