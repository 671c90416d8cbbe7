using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCare.Builder.Dialogs;

/// <summary>
/// Reads a dialog's persisted state with its scalars as plain values (a step index is an <c>int</c>, as
/// <see cref="PlainObjectConverter"/> reads it) and its objects and lists left as <see cref="JsonElement"/> until
/// the dialog reads them through <c>GetTyped</c>. Why: a component dialog's child stack, a prompt's options and a
/// waterfall's values are each read as their own type anyway, and going straight from JSON to that type avoids
/// building plain dictionaries only to write them out and parse them again, once per nesting level, every turn.
/// Writes any value, typed or still JSON, as it is.
/// </summary>
internal sealed class DialogInstanceStateConverter : JsonConverter<IDictionary<string, object?>>
{
    public override IDictionary<string, object?>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A dialog's state must be a JSON object, not {reader.TokenType}.");
        }

        var state = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            state[name] = reader.TokenType switch
            {
                JsonTokenType.StartObject or JsonTokenType.StartArray => JsonElement.ParseValue(ref reader),
                JsonTokenType.Null => null,
                JsonTokenType.True => true,
                JsonTokenType.False => false,
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => PlainObjectConverter.ReadNumber(ref reader),
                _ => throw new JsonException($"Unexpected JSON token {reader.TokenType} in a dialog's state."),
            };
        }

        return state;
    }

    public override void Write(Utf8JsonWriter writer, IDictionary<string, object?> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, item) in value)
        {
            writer.WritePropertyName(name);
            switch (item)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case JsonElement element:
                    element.WriteTo(writer);
                    break;
                default:
                    JsonSerializer.Serialize(writer, item, item.GetType(), options);
                    break;
            }
        }

        writer.WriteEndObject();
    }
}
