namespace BotCare.Builder;

/// <summary>The conversation ended.</summary>
public interface IEndOfConversationActivity : IActivity
{
    string? Code { get; set; }

    string? Text { get; set; }
}
