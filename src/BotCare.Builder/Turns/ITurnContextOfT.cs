namespace BotCare.Builder;

/// <summary>A turn whose activity is viewed as a particular activity type, as <see cref="ActivityHandler"/> passes it.</summary>
public interface ITurnContext<out T> : ITurnContext
    where T : IActivity
{
    new T Activity { get; }
}
