namespace BotCare.Web;

/// <summary>Whom to erase: exactly one of a channel user id, a conversation id or an order number.</summary>
public sealed record ErasureRequest(string? CustomerId, string? ConversationId, string? OrderNumber)
{
    public const int MaxLength = 512;

    /// <summary>Which one was given and its trimmed value, or why the request cannot be run.</summary>
    public (string Kind, string Value)? Subject(out string? error)
    {
        var given = new (string Kind, string? Value)[] { ("customerId", CustomerId), ("conversationId", ConversationId), ("orderNumber", OrderNumber) }
            .Where(f => !string.IsNullOrWhiteSpace(f.Value))
            .ToList();
        error = given.Count switch
        {
            0 => "Say whom to erase: give one of customerId, conversationId or orderNumber.",
            > 1 => "Give only one of customerId, conversationId or orderNumber, so it is clear what was asked.",
            _ => given[0].Value!.Trim().Length > MaxLength ? $"{given[0].Kind} is longer than {MaxLength} characters." : null,
        };
        return error is null ? (given[0].Kind, given[0].Value!.Trim()) : null;
    }
}
