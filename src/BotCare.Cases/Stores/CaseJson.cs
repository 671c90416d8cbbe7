using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCare.Cases;

/// <summary>How cases are written as JSON by every store: camelCase, enums by name, nulls omitted.</summary>
public static class CaseJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(Case @case) => JsonSerializer.Serialize(@case, Options);

    /// <summary>The same JSON as UTF-8, for a store that binds it as it is.</summary>
    public static byte[] SerializeToUtf8Bytes(Case @case) => JsonSerializer.SerializeToUtf8Bytes(@case, Options);

    public static Case Deserialize(string json) =>
        JsonSerializer.Deserialize<Case>(json, Options) ?? throw new JsonException("The case JSON was empty.");
}
