using BotCare.Builder;

namespace BotCare.Handoff;

/// <summary>
/// Marks a message a person wrote (it goes out from the bot's account on every channel) with an entity naming the
/// agent, so transcripts and consoles can tell the agent's words from the bot's. Channels ignore entity types they
/// do not know, so the customer's client is not affected.
/// </summary>
public static class AgentAuthorship
{
    public const string EntityType = "botcare/agent";

    /// <summary>The agent named in an <see cref="EntityType"/> entity.</summary>
    public sealed record Author(string AgentId, string Name);

    public static Activity Mark(Activity activity, string agentId, string agentName)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Entities ??= [];
        var entity = Entity.From(new Author(agentId, agentName));
        entity.Type = EntityType;
        activity.Entities.Add(entity);
        return activity;
    }

    /// <summary>Who wrote <paramref name="activity"/>, when a person did.</summary>
    public static Author? Of(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var entity = activity.Entities?.FirstOrDefault(e => e.Type == EntityType);
        return entity is null ? null : BotJson.Convert<Author>(entity);
    }
}
