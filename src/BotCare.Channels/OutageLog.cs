using System.Text.Json;
using BotCare.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace BotCare.Channels;

/// <summary>
/// The last resort when storage is down: one JSON line per affected conversation, with the customer's last
/// message, in a local file (<c>Outage:File</c>, default <c>.data/outage-cases.jsonl</c>) that operators are told
/// about by a Critical log entry. Nothing here depends on the storage that just failed.
/// </summary>
public sealed class OutageLog(IConfiguration configuration, ILogger<OutageLog> logger)
{
    private readonly string _path = Path.GetFullPath(configuration?["Outage:File"] is { Length: > 0 } file ? file : Path.Combine(".data", "outage-cases.jsonl"));
    private readonly Lock _gate = new();

    public string FilePath => _path;

    public Task AppendAsync(Activity activity, string detail, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var line = JsonSerializer.Serialize(new
        {
            at,
            conversationId = activity.Conversation?.Id,
            channelId = activity.ChannelId,
            serviceUrl = activity.ServiceUrl,
            customerId = activity.From?.Id,
            customerName = activity.From?.Name,
            lastMessage = activity.Text,
            detail,
        });

        try
        {
            // One short synchronous append under a lock: lines from concurrent failures never interleave.
            lock (_gate)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
                File.AppendAllText(_path, line + Environment.NewLine);
            }
        }
        catch (IOException ex)
        {
            logger.LogCritical(ex, "Could not write the outage log {Path}; conversation {ConversationId} needs a person.", _path, activity.Conversation?.Id);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Removes the lines about any of <paramref name="conversationIds"/> or <paramref name="customerIds"/> (erasure) by
    /// rewriting the file without them; returns how many lines went.
    /// </summary>
    public Task<int> RemoveAsync(IReadOnlySet<string> conversationIds, IReadOnlySet<string> customerIds)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        ArgumentNullException.ThrowIfNull(customerIds);
        lock (_gate)
        {
            if (!File.Exists(_path))
            {
                return Task.FromResult(0);
            }

            var lines = File.ReadAllLines(_path);
            var kept = lines.Where(line => !IsAbout(line, conversationIds, customerIds)).ToList();
            if (kept.Count < lines.Length)
            {
                // Written beside and moved over, so a crash half way never leaves a cut file.
                var temporary = _path + ".erasing";
                File.WriteAllLines(temporary, kept);
                File.Move(temporary, _path, overwrite: true);
            }

            return Task.FromResult(lines.Length - kept.Count);
        }
    }

    private static bool IsAbout(string line, IReadOnlySet<string> conversationIds, IReadOnlySet<string> customerIds)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            return (root.TryGetProperty("conversationId", out var conversation) && conversation.GetString() is { } c && conversationIds.Contains(c))
                || (root.TryGetProperty("customerId", out var customer) && customer.GetString() is { } u && customerIds.Contains(u));
        }
        catch (JsonException)
        {
            // A line cut by a crash cannot be read, so it cannot be shown to be someone else's: it goes too when it mentions them.
            return conversationIds.Concat(customerIds).Any(id => line.Contains(id, StringComparison.Ordinal));
        }
    }
}
