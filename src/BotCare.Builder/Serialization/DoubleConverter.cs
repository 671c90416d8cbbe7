using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCare.Builder;

/// <summary>
/// Writes a whole <c>double</c> as <c>4.0</c> rather than <c>4</c>, so that a double kept in state is read back
/// as a double and not as an int (see <see cref="PlainObjectConverter"/>).
/// </summary>
public sealed class DoubleConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (double.IsFinite(value) && Math.Abs(value) < 1e15 && value == Math.Floor(value))
        {
            writer.WriteRawValue(value.ToString("0.0", CultureInfo.InvariantCulture), skipInputValidation: true);
            return;
        }

        writer.WriteNumberValue(value);
    }
}
