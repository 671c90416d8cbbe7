using System.Text;
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
    private string? _json;
    private byte[]? _utf8Json;

    public SerializedStoreItem(string json, string? eTag)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        _json = json;
        ETag = eTag;
    }

    /// <summary>
    /// The same from the UTF-8 bytes a serializer wrote: a storage that keeps UTF-8 (SQLite) then stores them as they
    /// are, and the text is made only for one that asks for it.
    /// </summary>
    public SerializedStoreItem(byte[] utf8Json, string? eTag)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentOutOfRangeException.ThrowIfZero(utf8Json.Length, nameof(utf8Json));
        _utf8Json = utf8Json;
        ETag = eTag;
    }

    /// <summary>The document's JSON, as <see cref="BotJson"/> writes it, without an ETag.</summary>
    public string Json => _json ??= Encoding.UTF8.GetString(_utf8Json!);

    /// <summary>The same JSON as UTF-8; do not change the array.</summary>
    public byte[] Utf8Json => _utf8Json ??= Encoding.UTF8.GetBytes(_json!);

    public string? ETag { get; set; }

    private sealed class SerializedStoreItemConverter : JsonConverter<SerializedStoreItem>
    {
        public override SerializedStoreItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonElement.ParseValue(ref reader).GetRawText(), null);

        public override void Write(Utf8JsonWriter writer, SerializedStoreItem value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Utf8Json, skipInputValidation: true);
    }
}
