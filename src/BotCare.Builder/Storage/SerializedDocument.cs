using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCare.Builder;

/// <summary>
/// A document bot state has already serialized (it needs the JSON anyway to tell whether anything changed),
/// handed to an <see cref="IJsonDocumentStorage"/> so the storage writes that JSON instead of serializing the
/// same objects again. It is not a store item: written unconditionally, like the plain state it stands for.
/// </summary>
[JsonConverter(typeof(SerializedDocumentConverter))]
public sealed class SerializedDocument
{
    public SerializedDocument(string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        Json = json;
    }

    /// <summary>The document's JSON, as <see cref="BotJson"/> writes it.</summary>
    public string Json { get; }

    /// <summary>Writes the JSON as it is, for any storage that serializes its values itself.</summary>
    private sealed class SerializedDocumentConverter : JsonConverter<SerializedDocument>
    {
        public override SerializedDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonElement.ParseValue(ref reader).GetRawText());

        public override void Write(Utf8JsonWriter writer, SerializedDocument value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Json, skipInputValidation: true);
    }
}
