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
            throw new CodedJsonException(JsonCodes.WrongType,
                $"Expected an amount (a non-negative number) or null, found {CountConverter.Describe(reader.TokenType)}.",
                $"应为金额（非负数）或 null，实际为{CountConverter.DescribeZh(reader.TokenType)}。");
        }

        if (!reader.TryGetDecimal(out var value))
        {
            throw new CodedJsonException(JsonCodes.OutOfRange,
                $"The amount {CountConverter.Raw(ref reader)} is out of the range of a decimal amount.",
                $"金额 {CountConverter.Raw(ref reader)} 超出范围。");
        }

        if (value < 0)
        {
            throw new CodedJsonException(JsonCodes.NegativeAmount,
                $"An amount cannot be negative; found {CountConverter.Raw(ref reader)}.",
                $"金额不能为负数，实际为 {CountConverter.Raw(ref reader)}。");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is { } v) writer.WriteNumberValue(v);
        else writer.WriteNullValue();
    }
}
