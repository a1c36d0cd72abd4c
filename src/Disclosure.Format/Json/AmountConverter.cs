using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disclosure.Format.Json;

/// <summary>Money: <see langword="null"/> (blank) or a non-negative JSON number, kept exactly as a <see cref="decimal"/>.</summary>
internal sealed class AmountConverter : JsonConverter<decimal?>
{
    public override bool HandleNull => true;

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new CodedJsonException(JsonCodes.WrongType, JsonMessages.NotAnAmount(reader.TokenType));
        }

        if (!reader.TryGetDecimal(out var value))
        {
            throw new CodedJsonException(JsonCodes.OutOfRange, JsonMessages.AmountOutOfRange(CountConverter.Raw(ref reader)));
        }

        if (value < 0)
        {
            throw new CodedJsonException(JsonCodes.NegativeAmount, JsonMessages.NegativeAmount(CountConverter.Raw(ref reader)));
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is { } v) writer.WriteNumberValue(v);
        else writer.WriteNullValue();
    }
}
