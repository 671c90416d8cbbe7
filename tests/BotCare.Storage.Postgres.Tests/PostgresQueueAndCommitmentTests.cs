using BotCare.Cases;
using BotCare.Cases.Tests.Stores;

namespace BotCare.Storage.Postgres.Tests;

public sealed class PostgresEscalationQueueTests : EscalationQueueContractTests, IAsyncDisposable
{
    private readonly TestDatabase _database = new();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    protected override IEscalationQueue CreateQueue() => new PostgresEscalationQueue(_database.Open());

    // A second connection pool on the same schema, as another BotCare instance would have.
    protected override IEscalationQueue OpenAnother(IEscalationQueue queue) => new PostgresEscalationQueue(_database.Open());
}

public sealed class PostgresCommitmentStoreTests : CommitmentStoreContractTests, IAsyncDisposable
{
    private readonly TestDatabase _database = new();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    protected override ICommitmentStore CreateStore() => new PostgresCommitmentStore(_database.Open());

    protected override ICommitmentStore OpenAnother(ICommitmentStore store) => new PostgresCommitmentStore(_database.Open());
}
