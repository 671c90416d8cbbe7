using BotCare.Cases;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>Turns ledger entries into what the console shows, with the customer's name from the chat's queue entry.</summary>
public sealed class CommitmentItems(IEscalationQueue queue, TimeProvider time, IOptions<CommitmentOptions> options)
{
    public async Task<List<AgentCommitmentItem>> FromAsync(IEnumerable<Commitment> commitments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        var now = time.GetUtcNow();
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        var items = new List<AgentCommitmentItem>();
        foreach (var commitment in commitments)
        {
            var conversation = commitment.ConversationId;
            if (conversation is not null && !names.ContainsKey(conversation))
            {
                var name = (await queue.GetAsync(conversation, cancellationToken))?.CustomerName;
                names[conversation] = string.IsNullOrWhiteSpace(name) ? null : name;
            }

            items.Add(AgentCommitmentItem.From(commitment, conversation is null ? null : names[conversation], now, options.Value.AtRiskBefore));
        }

        return items;
    }

    public async Task<AgentCommitmentItem> FromAsync(Commitment commitment, CancellationToken cancellationToken) =>
        (await FromAsync([commitment], cancellationToken))[0];
}
