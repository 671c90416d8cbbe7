using System.Security.Cryptography;
using System.Text;
using BotCare.Builder;
using BotCare.Cases;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// Keyed hashes (HMAC-SHA256) of identifiers. A plain hash of an order number or a Teams id could be reversed by
/// hashing every candidate; with a secret key only BotCare can recompute one, which is what proving an erasure needs
/// ("was customer X erased?": hash X and look) and what a stable pseudonym for an anonymized case needs.
/// </summary>
public sealed class Pseudonyms(IStorage storage, IOptions<DataProtectionOptions> options)
{
    public const string KeyStorageKey = "botcare/data-protection/key";

    private byte[]? _key;

    /// <summary>The pseudonym that replaces a customer id: the same customer always gets the same one.</summary>
    public async Task<string> CustomerAsync(string customerId, CancellationToken cancellationToken = default) =>
        CaseAnonymizer.PseudonymPrefix + await HashAsync("customer", customerId, cancellationToken);

    /// <summary>
    /// A short keyed hash of an identifier, <c>#</c> and 16 hex digits, for reports: the same for a customer id, a
    /// conversation id or an order number wherever it appears, so one report's entries can be matched up.
    /// </summary>
    public async Task<string> TagAsync(string value, CancellationToken cancellationToken = default) =>
        "#" + await HashAsync("id", value, cancellationToken);

    private async Task<string> HashAsync(string kind, string value, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(cancellationToken);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{kind}\n{value}"));
        return Convert.ToHexStringLower(mac.AsSpan(0, 8));
    }

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        // Two callers at once may both load it: the store lets only one create it, so both end with the same key.
        return _key ??= options.Value.PseudonymKey is { Length: > 0 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : await StoredKeyAsync(cancellationToken);
    }

    private async Task<byte[]> StoredKeyAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var found = await storage.ReadAsync<KeyDocument>([KeyStorageKey], cancellationToken);
            if (found.TryGetValue(KeyStorageKey, out var stored))
            {
                return Convert.FromBase64String(stored.Key);
            }

            try
            {
                // A null ETag creates the key only if no instance did first; the loser reads the winner's key.
                var created = new KeyDocument { Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
                await storage.WriteAsync(new Dictionary<string, object> { [KeyStorageKey] = created }, cancellationToken);
                return Convert.FromBase64String(created.Key);
            }
            catch (ETagConflictException)
            {
            }
        }

        throw new InvalidOperationException("Could not read or create the pseudonym key in storage.");
    }

    /// <summary>The generated key as stored.</summary>
    public sealed class KeyDocument : IStoreItem
    {
        public string Key { get; set; } = string.Empty;

        public string? ETag { get; set; }
    }
}
