using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disclosure.Format.Json;

/// <summary>Dates as <c>yyyy-MM-dd</c> strings.</summary>
internal sealed class IsoDateConverter : JsonConverter<DateTime?>
{
    public override bool HandleNull => true;

    public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String
            && DateTime.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new CodedJsonException(JsonCodes.InvalidDate,
            JsonMessages.InvalidDate(reader.TokenType == JsonTokenType.String ? CountConverter.Raw(ref reader) : null, reader.TokenType));
    }

    public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options)
    {
        if (value is { } v) writer.WriteStringValue(v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else writer.WriteNullValue();
    }
}
