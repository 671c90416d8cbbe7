namespace BotCare.Cases.Tests.Stores;

public sealed class MemoryEscalationQueueTests : EscalationQueueContractTests
{
    protected override IEscalationQueue CreateQueue() => new MemoryEscalationQueue();

    // One process: every caller shares the one object.
    protected override IEscalationQueue OpenAnother(IEscalationQueue queue) => queue;
}
