using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BotCare.Builder;

/// <summary>
/// The one JSON setup for the wire and for persisted state: camelCase names, nulls omitted, enums as
/// camelCase strings, no type names, and values typed <c>object</c> read back as plain dictionaries, lists,
/// strings, booleans and numbers (see <see cref="PlainObjectConverter"/>).
/// </summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    public static JsonElement SerializeToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    /// <summary>
    /// Reads <paramref name="value"/> as <typeparamref name="T"/>. A value that already is a
    /// <typeparamref name="T"/> is returned as is; anything else (a dictionary read back from storage, a
    /// <see cref="JsonElement"/>, a long where an int is wanted) goes through JSON.
    /// </summary>
    public static T? Convert<T>(object? value)
    {
        switch (value)
        {
            case null:
                return default;
            case JsonElement element when typeof(T) != typeof(JsonElement):
                // Before the typed case: a JsonElement is an object too, but object readers want plain values.
                return element.Deserialize<T>(Options);
            case T typed:
                return typed;
            default:
                // Through UTF-8 bytes rather than a JsonElement: no document index to build for a one-off read.
                var json = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Options);
                return JsonSerializer.Deserialize<T>(json, Options);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            // Channels send deep cards; this is generous but still bounds a hostile payload.
            MaxDepth = 128,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new PlainObjectConverter());
        options.Converters.Add(new DoubleConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly();
        return options;
    }
}
