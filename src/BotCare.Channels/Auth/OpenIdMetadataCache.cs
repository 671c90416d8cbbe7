using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BotCare.Channels;

/// <summary>
/// One OpenID metadata document and its signing keys: fetched when first needed (not at start), kept for a day,
/// and fetched again at once when a token names a key not seen yet, at most once every five minutes so forged
/// key ids cannot make the bot hammer the login service. (IdentityModel's own manager refreshes in the
/// background and answers with the stale keys meanwhile, which would refuse the first token after a key roll.)
/// </summary>
public sealed class OpenIdMetadataCache : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    public static readonly TimeSpan MinForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly string _url;
    private readonly IDocumentRetriever _retriever;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private OpenIdConnectConfiguration? _current;
    private DateTimeOffset _fetchedAt;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;

    public OpenIdMetadataCache(string url, IDocumentRetriever retriever, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        _url = url;
        _retriever = retriever ?? throw new ArgumentNullException(nameof(retriever));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    public async Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && _clock.GetUtcNow() - _fetchedAt < MaxAge)
        {
            return current;
        }

        return await FetchAsync(force: false, cancellationToken);
    }

    /// <summary>Fetches again now unless that was done in the last five minutes; returns the newest metadata either way.</summary>
    public Task<OpenIdConnectConfiguration> RefreshAsync(CancellationToken cancellationToken) => FetchAsync(force: true, cancellationToken);

    public void Dispose() => _gate.Dispose();

    private async Task<OpenIdConnectConfiguration> FetchAsync(bool force, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = _clock.GetUtcNow();
            var stale = _current is null || now - _fetchedAt >= MaxAge;
            var mayForce = force && now - _lastForcedRefresh >= MinForcedRefreshInterval;
            if (stale || mayForce)
            {
                // Another caller may have fetched while this one waited for the gate.
                _current = await OpenIdConnectConfigurationRetriever.GetAsync(_url, _retriever, cancellationToken);
                _fetchedAt = now;
                if (force)
                {
                    _lastForcedRefresh = now;
                }
            }

            return _current!;
        }
        finally
        {
            _gate.Release();
        }
    }
}
