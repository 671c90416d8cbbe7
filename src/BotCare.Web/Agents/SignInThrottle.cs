using System.Collections.Concurrent;

namespace BotCare.Web;

/// <summary>
/// Guessing one agent's password from many addresses gets nowhere: after <see cref="MaxFailures"/> wrong passwords
/// for a name within <see cref="Window"/>, that name cannot sign in with a password until the window has passed
/// (the per-address rate limit catches one address trying many names). Kept in memory per instance, which bounds
/// guesses per instance; a right password resets the count.
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long until the name may try again; null when it may now.</summary>
    public TimeSpan? LockedFor(string name)
    {
        if (!_failures.TryGetValue(Key(name), out var failures) || failures.Count < MaxFailures)
        {
            return null;
        }

        var left = failures.Since + Window - time.GetUtcNow();
        if (left > TimeSpan.Zero)
        {
            return left;
        }

        _failures.TryRemove(Key(name), out _);
        return null;
    }

    public void Failed(string name)
    {
        var now = time.GetUtcNow();
        _failures.AddOrUpdate(Key(name), _ => new Failures(1, now), (_, known) => now - known.Since >= Window ? new Failures(1, now) : known with { Count = known.Count + 1 });
    }

    public void Succeeded(string name) => _failures.TryRemove(Key(name), out _);

    private static string Key(string name) => name.Trim().ToLowerInvariant();

    private sealed record Failures(int Count, DateTimeOffset Since);
}
