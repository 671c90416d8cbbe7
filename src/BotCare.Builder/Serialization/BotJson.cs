using System.Buffers;
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

    /// <summary>As <see cref="Serialize{T}"/>, as UTF-8 (what databases store), without making the text first.</summary>
    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static JsonElement SerializeToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    /// <summary>
    /// A deep copy of <paramref name="value"/> through its JSON (so whatever the JSON carries is copied, unknown fields
    /// too), written into a reused buffer: copies are made several times per turn, and this saves both the buffer and
    /// the document index a <see cref="JsonElement"/> would build.
    /// </summary>
    public static T Copy<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return (T)ThroughJson(value, value.GetType(), value.GetType())!;
    }

    // One scratch buffer per thread; taken out while in use, so a converter that copies something itself gets its own.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _scratch;

    private static object? ThroughJson(object value, Type from, Type to)
    {
        var buffer = _scratch ?? new ArrayBufferWriter<byte>(4096);
        _scratch = null;
        try
        {
            using (var writer = new Utf8JsonWriter(buffer))
            {
                JsonSerializer.Serialize(writer, value, from, Options);
            }

            return JsonSerializer.Deserialize(buffer.WrittenSpan, to, Options);
        }
        finally
        {
            // A buffer grown by an unusually large value is let go rather than kept for good.
            if (buffer.Capacity <= 256 * 1024)
            {
                buffer.ResetWrittenCount();
                _scratch = buffer;
            }
        }
    }

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
                return (T?)ThroughJson(value, value.GetType(), typeof(T));
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
