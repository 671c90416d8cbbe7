using BotCare.Cases;

namespace BotCare.Web;

/// <summary>
/// Whose data an erasure covers: the customers, their conversations, the cases and the channels they used, found by
/// following every link from what was asked (an order leads to its cases, a case to its customer and conversation,
/// a customer to all their cases and promises, a conversation to its Direct Line user and queue entry).
/// </summary>
public sealed class ErasureScope
{
    public HashSet<string> Customers { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Conversations { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Channels { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Case> Cases { get; } = new(StringComparer.Ordinal);

    /// <summary>Order numbers seen on the cases, so the report can hash them wherever they appear.</summary>
    public HashSet<string> OrderNumbers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool AddCustomer(string? id) => !string.IsNullOrEmpty(id) && !CaseAnonymizer.IsPseudonym(id) && Customers.Add(id);

    public bool AddConversation(string? id) => !string.IsNullOrEmpty(id) && Conversations.Add(id);

    public void AddChannel(string? id)
    {
        if (!string.IsNullOrEmpty(id))
        {
            Channels.Add(id);
        }
    }

    public bool AddCase(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (!Cases.TryAdd(@case.Id, @case))
        {
            return false;
        }

        AddCustomer(@case.Customer.Id);
        AddConversation(@case.ConversationId);
        AddChannel(@case.Customer.ChannelId);
        foreach (var order in @case.Issues.Select(i => i.OrderNumber).Append(@case.OrderNumber).OfType<string>())
        {
            OrderNumbers.Add(order);
        }

        return true;
    }
}
