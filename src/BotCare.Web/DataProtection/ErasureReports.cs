using BotCare.Builder;

namespace BotCare.Web;

/// <summary>
/// Erasure reports kept as proof, in bot storage (every provider, shared by every instance): each report under its
/// own key, and an index of all of them, newest first, for the admin list.
/// </summary>
public sealed class ErasureReports(IStorage storage)
{
    public const string IndexKey = "botcare/erasure-reports";
    private const int Attempts = 8;

    public async Task SaveAsync(ErasureReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        await storage.WriteAsync(new Dictionary<string, object> { [KeyOf(report.Id)] = report }, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var index = await ReadIndexAsync(cancellationToken);
            index.Reports.RemoveAll(r => r.Id == report.Id);
            index.Reports.Insert(0, ErasureReportSummary.Of(report));
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [IndexKey] = index }, cancellationToken);
                return;
            }
            catch (ETagConflictException) when (attempt < Attempts)
            {
                // Another admin's erasure was indexed meanwhile: add this one to that version.
            }
        }
    }

    public async Task<IReadOnlyList<ErasureReportSummary>> ListAsync(int limit, CancellationToken cancellationToken = default) =>
        (await ReadIndexAsync(cancellationToken)).Reports.Take(limit).ToList();

    public async Task<ErasureReport?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(id);
        var found = await storage.ReadAsync<ErasureReport>([key], cancellationToken);
        return found.TryGetValue(key, out var report) ? report : null;
    }

    private static string KeyOf(string id) => $"{IndexKey}/{id}";

    private async Task<ErasureReportIndex> ReadIndexAsync(CancellationToken cancellationToken)
    {
        var found = await storage.ReadAsync<ErasureReportIndex>([IndexKey], cancellationToken);
        return found.TryGetValue(IndexKey, out var index) ? index : new ErasureReportIndex();
    }

    /// <summary>The stored index.</summary>
    public sealed class ErasureReportIndex : IStoreItem
    {
        public List<ErasureReportSummary> Reports { get; set; } = [];

        public string? ETag { get; set; }
    }
}
