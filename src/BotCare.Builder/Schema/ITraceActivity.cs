namespace BotCare.Builder;

/// <summary>Diagnostic output; only the emulator shows it.</summary>
public interface ITraceActivity : IActivity
{
    string? Name { get; set; }

    string? Label { get; set; }

    string? ValueType { get; set; }

    object? Value { get; set; }

    ConversationReference? RelatesTo { get; set; }
}
