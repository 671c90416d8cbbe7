namespace BotCare.Builder;

/// <summary>A command sent to the bot.</summary>
public interface ICommandActivity : IActivity
{
    string? Name { get; set; }

    object? Value { get; set; }
}
