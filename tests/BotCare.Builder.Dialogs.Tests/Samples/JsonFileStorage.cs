using System.Security.Cryptography;
using System.Text;

namespace BotCare.Builder.Dialogs.Tests.Samples;

/// <summary>
/// A test storage that writes every key to its own JSON file and reads it back from disk, so nothing
/// survives between turns but the JSON text itself (as after a process restart).
/// </summary>
internal sealed class JsonFileStorage(string directory) : IStorage
{
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var items = new Dictionary<string, object>();
        foreach (var key in keys)
        {
            var path = PathOf(key);
            if (File.Exists(path) && BotJson.Deserialize<object>(File.ReadAllText(path)) is { } value)
            {
                items[key] = value;
            }
        }

        return Task.FromResult<IDictionary<string, object>>(items);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            File.WriteAllText(PathOf(key), BotJson.Serialize(value));
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            File.Delete(PathOf(key));
        }

        return Task.CompletedTask;
    }

    public string PathOf(string key) =>
        Path.Combine(directory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))) + ".json");
}
