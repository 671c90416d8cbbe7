using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCare.Builder;

/// <summary>
/// A document already serialized (as <see cref="SerializedDocument"/>) that is also a store item: the storage checks
/// its <see cref="ETag"/> under the ETag rules, so bot state saves only over the version its turn loaded (the
/// scale-out pattern). A null ETag means "create only". After a successful write the storage sets the new ETag.
/// </summary>
[JsonConverter(typeof(SerializedStoreItemConverter))]
public sealed class SerializedStoreItem : IStoreItem
{
    public SerializedStoreItem(string json, string? eTag)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        Json = json;
        ETag = eTag;
    }

    /// <summary>The document's JSON, as <see cref="BotJson"/> writes it, without an ETag.</summary>
    public string Json { get; }

    public string? ETag { get; set; }

    private sealed class SerializedStoreItemConverter : JsonConverter<SerializedStoreItem>
    {
        public override SerializedStoreItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonElement.ParseValue(ref reader).GetRawText(), null);

        public override void Write(Utf8JsonWriter writer, SerializedStoreItem value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Json, skipInputValidation: true);
    }
}
