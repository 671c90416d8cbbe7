namespace BotCare.Cases.Tests.Stores;

public sealed class MemoryCommitmentStoreTests : CommitmentStoreContractTests
{
    protected override ICommitmentStore CreateStore() => new MemoryCommitmentStore();

    // One process: every caller shares the one object.
    protected override ICommitmentStore OpenAnother(ICommitmentStore store) => store;
}
