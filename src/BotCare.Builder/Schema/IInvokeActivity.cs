namespace BotCare.Builder;

/// <summary>A named request that expects an <see cref="InvokeResponse"/>.</summary>
public interface IInvokeActivity : IActivity
{
    string? Name { get; set; }

    object? Value { get; set; }

    ConversationReference? RelatesTo { get; set; }
}
