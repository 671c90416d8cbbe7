namespace BotCare.Builder;

/// <summary>The result of a command.</summary>
public interface ICommandResultActivity : IActivity
{
    string? Name { get; set; }

    object? Value { get; set; }
}
