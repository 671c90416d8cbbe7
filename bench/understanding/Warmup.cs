using System.Diagnostics;

namespace BotCare.Understanding.Bench;

/// <summary>
/// Runs the work until its speed stops improving, so that a measurement sees steady state rather than the JIT.
/// </summary>
/// <remarks>
/// Understanding runs a lot of code (ML.NET, some forty generated regular expressions, the recognizers). With
/// tiered compilation each method starts unoptimized and is recompiled in the background once it is hot; on two
/// shared cores that takes seconds: full understanding ran 5 to 6 times slower in its first two seconds than
/// after five. A fixed handful of warm-up messages therefore measured mostly the JIT.
/// </remarks>
internal static class Warmup
{
    /// <summary>Speed comes in steps as batches of methods are recompiled, with pauses between: never stop before this.</summary>
    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Passes over <paramref name="messages"/> for at least five seconds, and until five passes in a row are no
    /// faster than the best before them.
    /// </summary>
    public static void UntilSteady(IReadOnlyList<string> messages, Action<string> work)
    {
        var total = Stopwatch.StartNew();
        var best = TimeSpan.MaxValue;
        var passesWithoutGain = 0;
        while ((passesWithoutGain < 5 || total.Elapsed < Shortest) && total.Elapsed < Longest)
        {
            var pass = Stopwatch.StartNew();
            foreach (var message in messages)
            {
                work(message);
            }

            // Within 2% of the best counts as no gain: that much is noise on shared cores.
            var elapsed = pass.Elapsed;
            passesWithoutGain = elapsed < best * 0.98 ? 0 : passesWithoutGain + 1;
            best = elapsed < best ? elapsed : best;
        }
    }
}
