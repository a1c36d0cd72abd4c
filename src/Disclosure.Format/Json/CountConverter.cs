using System.Text.Json;
using System.Text.Json.Serialization;

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

        var value = ReadInteger(ref reader, "a count (a non-negative whole number) or null", "计数（非负整数）或 null");
        if (value < 0)
        {
            throw new CodedJsonException(JsonCodes.NegativeCount,
                $"A count cannot be negative; found {value}. Expected a non-negative whole number, or null for a blank cell.",
                $"计数不能为负数，实际为 {value}；应为非负整数，空白单元格用 null。");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } v) writer.WriteNumberValue(v);
        else writer.WriteNullValue();
    }

    internal static int ReadInteger(ref Utf8JsonReader reader, string expected, string expectedZh)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new CodedJsonException(JsonCodes.WrongType,
                $"Expected {expected}, found {Describe(reader.TokenType)}.",
                $"应为{expectedZh}，实际为{DescribeZh(reader.TokenType)}。");
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
                throw new CodedJsonException(JsonCodes.FractionalCount,
                    $"Expected {expected} written as a JSON integer, found {Raw(ref reader)}.",
                    $"应为以整数书写的{expectedZh}，实际为 {Raw(ref reader)}。");
            }

            throw new CodedJsonException(JsonCodes.OutOfRange,
                $"The number {Raw(ref reader)} is out of range; expected {expected} no greater than {int.MaxValue}.",
                $"数值 {Raw(ref reader)} 超出范围；应为不大于 {int.MaxValue} 的{expectedZh}。");
        }

        if (reader.TryGetDecimal(out _))
        {
            throw new CodedJsonException(JsonCodes.FractionalCount,
                $"Expected {expected}, found the fractional number {Raw(ref reader)}.",
                $"应为{expectedZh}，实际为小数 {Raw(ref reader)}。");
        }

        throw new CodedJsonException(JsonCodes.OutOfRange,
            $"The number {Raw(ref reader)} is out of range; expected {expected}.",
            $"数值 {Raw(ref reader)} 超出范围；应为{expectedZh}。");
    }

    internal static string Raw(ref Utf8JsonReader reader)
    {
        var span = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        var text = System.Text.Encoding.UTF8.GetString(span);
        return text.Length > 40 ? text.Substring(0, 40) + "…" : text;
    }

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.Number => "a number",
        _ => token.ToString(),
    };

    internal static string DescribeZh(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "字符串",
        JsonTokenType.StartObject => "对象",
        JsonTokenType.StartArray => "数组",
        JsonTokenType.True or JsonTokenType.False => "布尔值",
        JsonTokenType.Null => "null",
        JsonTokenType.Number => "数字",
        _ => token.ToString(),
    };
}
