using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Json;

/// <summary>Counts: <see langword="null"/> (blank) or a non-negative integer written as a JSON integer.</summary>
internal sealed class CountConverter : JsonConverter<int?>
{
    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var value = ReadInteger(ref reader, JsonMessages.ExpectedCount);
        if (value < 0)
        {
            throw new CodedJsonException(JsonCodes.NegativeCount, JsonMessages.NegativeCount(value));
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } v) writer.WriteNumberValue(v);
        else writer.WriteNullValue();
    }

    internal static int ReadInteger(ref Utf8JsonReader reader, Message expected)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new CodedJsonException(JsonCodes.WrongType, JsonMessages.NotAnInteger(expected, reader.TokenType));
        }

        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        if (reader.TryGetDecimal(out var d) && d == decimal.Truncate(d))
        {
            if (d >= int.MinValue && d <= int.MaxValue)
            {
                // Integral value written with a fraction or exponent, such as 3.0 or 1e2.
                throw new CodedJsonException(JsonCodes.FractionalCount, JsonMessages.IntegerNotWrittenAsInteger(expected, Raw(ref reader)));
            }

            throw new CodedJsonException(JsonCodes.OutOfRange, JsonMessages.IntegerOutOfRange(expected, Raw(ref reader)));
        }

        if (reader.TryGetDecimal(out _))
        {
            throw new CodedJsonException(JsonCodes.FractionalCount, JsonMessages.FractionalNumber(expected, Raw(ref reader)));
        }

        throw new CodedJsonException(JsonCodes.OutOfRange, JsonMessages.NumberOutOfRange(expected, Raw(ref reader)));
    }

    internal static string Raw(ref Utf8JsonReader reader)
    {
        var span = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        var text = System.Text.Encoding.UTF8.GetString(span);
        return text.Length > 40 ? text.Substring(0, 40) + "…" : text;
    }
}
