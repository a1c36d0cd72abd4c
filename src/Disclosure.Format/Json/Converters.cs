using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disclosure.Format.Json;

/// <summary>A <see cref="JsonException"/> that carries the library's stable diagnostic code.</summary>
internal sealed class CodedJsonException(string code, string message, string messageZh, long? offset = null) : JsonException(message)
{
    public string Code { get; } = code;

    public string MessageZh { get; } = messageZh;

    /// <summary>The byte offset of the offending token, when the exception was raised outside the serializer.</summary>
    public long? Offset { get; } = offset;
}

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

/// <summary>Signed integer changes (the 2019 edition's <c>本年增/减</c>): <see langword="null"/> or a JSON integer.</summary>
internal sealed class SignedCountConverter : JsonConverter<int?>
{
    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null
            ? null
            : CountConverter.ReadInteger(ref reader, "a whole number (negative for a decrease) or null", "整数（减少用负数）或 null");

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } v) writer.WriteNumberValue(v);
        else writer.WriteNullValue();
    }
}

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
            $"Expected a date written as \"yyyy-MM-dd\", found {(reader.TokenType == JsonTokenType.String ? CountConverter.Raw(ref reader) : CountConverter.Describe(reader.TokenType))}.",
            $"应为 \"yyyy-MM-dd\" 格式的日期，实际为 {(reader.TokenType == JsonTokenType.String ? CountConverter.Raw(ref reader) : CountConverter.DescribeZh(reader.TokenType))}。");
    }

    public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options)
    {
        if (value is { } v) writer.WriteStringValue(v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else writer.WriteNullValue();
    }
}

/// <summary>The edition as the JSON string <c>"2019"</c> or <c>"2021"</c>.</summary>
internal sealed class ReportEditionConverter : JsonConverter<ReportEdition>
{
    public override ReportEdition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && EditionNames.TryParse(reader.GetString(), out var edition)
            ? edition
            : throw new CodedJsonException(JsonCodes.UnknownEdition,
                "Expected the edition \"2019\" or \"2021\".", "版本应为 \"2019\" 或 \"2021\"。");

    public override void Write(Utf8JsonWriter writer, ReportEdition value, JsonSerializerOptions options) =>
        writer.WriteStringValue(EditionNames.ToJson(value));
}

/// <summary>The JSON names of the editions.</summary>
internal static class EditionNames
{
    public static string ToJson(ReportEdition edition) => edition switch
    {
        ReportEdition.Edition2019 => "2019",
        ReportEdition.Edition2021 => "2021",
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "Unknown edition."),
    };

    public static bool TryParse(string? text, out ReportEdition edition)
    {
        switch (text)
        {
            case "2019":
                edition = ReportEdition.Edition2019;
                return true;
            case "2021":
                edition = ReportEdition.Edition2021;
                return true;
            default:
                edition = default;
                return false;
        }
    }
}
