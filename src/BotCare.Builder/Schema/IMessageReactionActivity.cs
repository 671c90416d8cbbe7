namespace BotCare.Builder;

/// <summary>Reactions were added to or removed from a message.</summary>
public interface IMessageReactionActivity : IActivity
{
    IList<MessageReaction>? ReactionsAdded { get; set; }

    IList<MessageReaction>? ReactionsRemoved { get; set; }
}
