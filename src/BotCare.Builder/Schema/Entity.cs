using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCare.Builder;

/// <summary>
/// Metadata attached to an activity (a mention, client capabilities, a place...). Only <see cref="Type"/> is
/// named; everything else is kept as JSON and read with <see cref="GetAs{T}"/>.
/// </summary>
public sealed class Entity
{
    public Entity()
    {
    }

    public Entity(string? type)
    {
        Type = type;
    }

    public string? Type { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads this entity as a typed object (e.g. <see cref="Mention"/>).</summary>
    public T GetAs<T>() => BotJson.Convert<T>(this)
        ?? throw new InvalidOperationException($"Entity of type '{Type}' could not be read as {typeof(T).Name}.");

    /// <summary>Replaces this entity's content with the fields of <paramref name="value"/>.</summary>
    public void SetAs<T>(T value)
    {
        var copy = BotJson.Convert<Entity>(value)
            ?? throw new InvalidOperationException($"{typeof(T).Name} could not be written as an entity.");
        Type = copy.Type;
        Properties = copy.Properties;
    }

    public static Entity From<T>(T value)
    {
        var entity = new Entity();
        entity.SetAs(value);
        return entity;
    }
}
