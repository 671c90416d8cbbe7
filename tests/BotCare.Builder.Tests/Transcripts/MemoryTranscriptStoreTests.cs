using BotCare.Builder.Testing;

namespace BotCare.Builder.Tests.Transcripts;

public sealed class MemoryTranscriptStoreTests : TranscriptStoreContractTests
{
    protected override Task<ITranscriptStore> CreateStore() => Task.FromResult<ITranscriptStore>(new MemoryTranscriptStore());
}
