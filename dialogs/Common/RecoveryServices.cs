using BotCare.Builder;
using BotCare.Cases;
using BotCare.Understanding;
using Microsoft.Extensions.Options;

namespace BotCare.Dialogs;

/// <summary>Everything the recovery dialogs use besides the conversation itself.</summary>
public sealed class RecoveryServices
{
    public RecoveryServices(
        MessageUnderstander understander,
        RemedyPolicy policy,
        IOrderLookup orders,
        BusinessHours businessHours,
        ICaseStore cases,
        IRemedyFulfillment fulfillment,
        IOptions<RecoveryOptions> options,
        TimeProvider clock,
        ITranscriptStore? transcripts = null,
        ICommitmentStore? commitments = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Understander = understander ?? throw new ArgumentNullException(nameof(understander));
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
        Orders = orders ?? throw new ArgumentNullException(nameof(orders));
        BusinessHours = businessHours ?? throw new ArgumentNullException(nameof(businessHours));
        Cases = cases ?? throw new ArgumentNullException(nameof(cases));
        Fulfillment = fulfillment ?? throw new ArgumentNullException(nameof(fulfillment));
        Options = options.Value;
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Transcripts = transcripts;
        Commitments = commitments;
    }

    public MessageUnderstander Understander { get; }

    public RemedyPolicy Policy { get; }

    public IOrderLookup Orders { get; }

    public BusinessHours BusinessHours { get; }

    public ICaseStore Cases { get; }

    public IRemedyFulfillment Fulfillment { get; }

    public RecoveryOptions Options { get; }

    public TimeProvider Clock { get; }

    /// <summary>Where the conversation so far is read from for the handoff transcript, when one is kept.</summary>
    public ITranscriptStore? Transcripts { get; }

    /// <summary>The commitment ledger the case's promises are recorded in, when one is kept.</summary>
    public ICommitmentStore? Commitments { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();
}
