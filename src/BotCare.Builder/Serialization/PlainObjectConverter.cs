using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCare.Builder;

/// <summary>
/// Reads JSON into members typed <c>object</c> as plain, mutable .NET values instead of
/// <see cref="JsonElement"/>: objects become <c>Dictionary&lt;string, object?&gt;</c>, arrays
/// <c>List&lt;object?&gt;</c>, integers <c>int</c> (or <c>long</c> when too big), other numbers <c>double</c>
/// (as the SDK's Newtonsoft state did). This is what lets dialog state survive a trip through storage: a
/// waterfall's <c>values</c> bag stays a dictionary it can write into, and a step index stays an <c>int</c>
/// (the SDK's Int64 cast bugs, botbuilder-dotnet#871 and #1859, cannot happen). <see cref="DoubleConverter"/>
/// writes whole doubles with a decimal point so they come back as doubles. Decimals come back as doubles too:
/// read money and other typed values with <c>BotJson.Convert&lt;T&gt;</c> (or a waterfall's <c>GetValue&lt;T&gt;</c>).
/// </summary>
public sealed class PlainObjectConverter : JsonConverter<object>
{
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return ReadNumber(ref reader);
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(Read(ref reader, typeof(object), options));
                }

                return list;
            case JsonTokenType.StartObject:
                var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    dictionary[name] = Read(ref reader, typeof(object), options);
                }

                return dictionary;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
    {
        if (value.GetType() == typeof(object))
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
            return;
        }

        JsonSerializer.Serialize(writer, value, value.GetType(), options);
    }

    /// <summary>A JSON number as the plain value it stands for: <c>int</c>, else <c>long</c>, else <c>double</c>.</summary>
    public static object ReadNumber(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt32(out var i))
        {
            return i;
        }

        if (reader.TryGetInt64(out var l))
        {
            return l;
        }

        return reader.GetDouble();
    }
}
