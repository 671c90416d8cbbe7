namespace BotCare.Cases.Tests.Stores;

public sealed class MemoryCaseStoreTests : CaseStoreContractTests
{
    protected override ICaseStore CreateStore() => new MemoryCaseStore();
}
