namespace BotCare.Builder;

/// <summary>Members joined or left, or the conversation's properties changed.</summary>
public interface IConversationUpdateActivity : IActivity
{
    IList<ChannelAccount>? MembersAdded { get; set; }

    IList<ChannelAccount>? MembersRemoved { get; set; }

    string? TopicName { get; set; }

    bool? HistoryDisclosed { get; set; }
}
