using BotCare.Builder.Testing;

namespace BotCare.Builder.Tests.Storage;

public sealed class MemoryStorageTests : StorageContractTests
{
    protected override Task<IStorage> CreateStorage() => Task.FromResult<IStorage>(new MemoryStorage());
}
