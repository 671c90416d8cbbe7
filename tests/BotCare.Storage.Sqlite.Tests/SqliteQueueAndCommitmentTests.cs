using BotCare.Cases;
using BotCare.Cases.Tests.Stores;

namespace BotCare.Storage.Sqlite.Tests;

public sealed class SqliteEscalationQueueTests : EscalationQueueContractTests, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override IEscalationQueue CreateQueue() => new SqliteEscalationQueue(_database.Open());

    // A second SqliteDatabase on the same file: its own writer, as another process sharing the file would have.
    protected override IEscalationQueue OpenAnother(IEscalationQueue queue) => new SqliteEscalationQueue(_database.Open());

    public void Dispose() => _database.Dispose();
}

public sealed class SqliteCommitmentStoreTests : CommitmentStoreContractTests, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override ICommitmentStore CreateStore() => new SqliteCommitmentStore(_database.Open());

    protected override ICommitmentStore OpenAnother(ICommitmentStore store) => new SqliteCommitmentStore(_database.Open());

    public void Dispose() => _database.Dispose();
}
