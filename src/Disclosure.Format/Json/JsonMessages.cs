using System.Text.Json;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Json;

/// <summary>
/// The messages of the JSON reader's diagnostics, in English and Chinese, in one place (one per code and case). It serves
/// the codes of <see cref="JsonCodes"/> (<c>DF0001</c>–<c>DF0015</c>: DisclosureJson, JsonErrorMapper and the converters,
/// through <see cref="CodedJsonException"/>) and the reader's limits <see cref="LimitCodes.DocumentTooLarge"/>
/// (<c>DF5000</c>) and <see cref="LimitCodes.NestingTooDeep"/> (<c>DF5001</c>).
/// </summary>
internal static class JsonMessages
{
    /// <summary><c>DF0001</c>: the document has no token at all.</summary>
    public static Message EmptyDocument { get; } = new("The document is empty; expected a JSON object.", "文档为空；应为 JSON 对象。");

    /// <summary><c>DF0001</c>: the reader's own syntax error, without its path suffix.</summary>
    public static Message NotWellFormed(string detail) => new($"The text is not well-formed JSON: {detail}", $"文本不是格式正确的 JSON：{detail}");

    /// <summary><c>DF0001</c>: a string holds bytes that are not UTF-8.</summary>
    public static Message NotUtf8 { get; } = new(
        "The text is not valid UTF-8: a JSON document must be UTF-8 encoded.",
        "文本不是有效的 UTF-8：JSON 文档必须采用 UTF-8 编码。");

    /// <summary><c>DF0001</c>: any other failure of the serializer, without its path suffix.</summary>
    public static Message Unreadable(string detail) => new($"The document could not be read: {detail}", $"无法读取文档：{detail}");

    /// <summary><c>DF0002</c>.</summary>
    public static Message UnknownProperty(string name) => new(
        $"The property \"{name}\" is not part of the format here; check its spelling and case (names are camelCase).",
        $"此处不应出现属性 \"{name}\"；请检查拼写和大小写（属性名使用 camelCase）。");

    /// <summary><c>DF0003</c>: a property other than the edition repeated in an object.</summary>
    public static Message DuplicateProperty(string name) => new(
        $"The property \"{name}\" appears more than once in the same object.",
        $"属性 \"{name}\" 在同一对象中重复出现。");

    /// <summary><c>DF0003</c>: a second top-level <c>"edition"</c>.</summary>
    public static Message DuplicateEdition { get; } = new("The property \"edition\" appears more than once.", "属性 \"edition\" 重复出现。");

    /// <summary><c>DF0004</c>: the members missing from an object, in the order of the contract.</summary>
    public static Message MissingProperty(IReadOnlyList<string> names)
    {
        var list = string.Join(", ", names.Select(n => "\"" + n + "\""));
        return new(
            $"Missing required propert{(names.Count == 1 ? "y" : "ies")} {list}; every member of the format must be present (use null for a blank cell).",
            $"缺少必需的属性 {list}；格式中的每个成员都必须出现（空白单元格用 null）。");
    }

    /// <summary><c>DF0005</c>: a member of the wrong JSON type, found by walking the contract.</summary>
    /// <param name="expected">What the member is written as, in English (<c>"a string"</c>, <c>"a whole number"</c>...).</param>
    public static Message WrongJsonType(string expected) => new(
        $"The value has the wrong JSON type; expected {expected}.",
        $"值的 JSON 类型不正确；应为{ExpectedZh(expected)}。");

    /// <summary><c>DF0005</c>: an amount that is not a number.</summary>
    public static Message NotAnAmount(JsonTokenType found) => new(
        $"Expected an amount (a non-negative number) or null, found {Token(found)}.",
        $"应为金额（非负数）或 null，实际为{TokenZh(found)}。");

    /// <summary>What a count is, for <see cref="NotAnInteger"/> and the other integer messages.</summary>
    public static Message ExpectedCount { get; } = new("a count (a non-negative whole number) or null", "计数（非负整数）或 null");

    /// <summary>What a signed change of the 2019 edition is, for <see cref="NotAnInteger"/> and the other integer messages.</summary>
    public static Message ExpectedSignedCount { get; } = new("a whole number (negative for a decrease) or null", "整数（减少用负数）或 null");

    /// <summary><c>DF0005</c>: an integer cell that is not a number.</summary>
    public static Message NotAnInteger(Message expected, JsonTokenType found) => new(
        $"Expected {expected.En}, found {Token(found)}.",
        $"应为{expected.Zh}，实际为{TokenZh(found)}。");

    /// <summary><c>DF0007</c>.</summary>
    public static Message NegativeCount(int value) => new(
        $"A count cannot be negative; found {value}. Expected a non-negative whole number, or null for a blank cell.",
        $"计数不能为负数，实际为 {value}；应为非负整数，空白单元格用 null。");

    /// <summary><c>DF0008</c>: an integral value written with a fraction or exponent, such as <c>3.0</c> or <c>1e2</c>.</summary>
    public static Message IntegerNotWrittenAsInteger(Message expected, string raw) => new(
        $"Expected {expected.En} written as a JSON integer, found {raw}.",
        $"应为以整数书写的{expected.Zh}，实际为 {raw}。");

    /// <summary><c>DF0008</c>: a fractional number.</summary>
    public static Message FractionalNumber(Message expected, string raw) => new(
        $"Expected {expected.En}, found the fractional number {raw}.",
        $"应为{expected.Zh}，实际为小数 {raw}。");

    /// <summary><c>DF0009</c>: a whole number beyond <see cref="int.MaxValue"/>.</summary>
    public static Message IntegerOutOfRange(Message expected, string raw) => new(
        $"The number {raw} is out of range; expected {expected.En} no greater than {int.MaxValue}.",
        $"数值 {raw} 超出范围；应为不大于 {int.MaxValue} 的{expected.Zh}。");

    /// <summary><c>DF0009</c>: a number beyond the range of a decimal, where an integer is expected.</summary>
    public static Message NumberOutOfRange(Message expected, string raw) => new(
        $"The number {raw} is out of range; expected {expected.En}.",
        $"数值 {raw} 超出范围；应为{expected.Zh}。");

    /// <summary><c>DF0009</c>: an amount beyond the range of a decimal.</summary>
    public static Message AmountOutOfRange(string raw) => new(
        $"The amount {raw} is out of the range of a decimal amount.",
        $"金额 {raw} 超出范围。");

    /// <summary><c>DF0006</c>.</summary>
    public static Message NullNotAllowed { get; } = new(
        "null is not allowed here: only value cells may be blank; tables, texts and metadata must be present.",
        "此处不允许为 null：只有数值单元格可以空白，表格、文本和元数据必须给出。");

    /// <summary><c>DF0010</c>: the first token is not an object.</summary>
    public static Message RootNotObject(JsonTokenType found) => new(
        $"The document must be a JSON object, found {Token(found)}.",
        $"文档必须是 JSON 对象，实际为{TokenZh(found)}。");

    /// <summary><c>DF0010</c>: the serializer read <c>null</c>.</summary>
    public static Message RootNotAnObject { get; } = new("The document must be a JSON object.", "文档必须是 JSON 对象。");

    /// <summary><c>DF0011</c>.</summary>
    public static Message MissingEdition { get; } = new(
        "The document has no \"edition\" property; expected \"edition\": \"2019\" or \"2021\" as its first property.",
        "文档缺少 \"edition\" 属性；应以 \"edition\": \"2019\" 或 \"2021\" 作为第一个属性。");

    /// <summary><c>DF0012</c>: the edition scan found another value.</summary>
    /// <param name="found">The string found, quoted; <see langword="null"/> when the value is not a string.</param>
    /// <param name="token">The token found, described when <paramref name="found"/> is <see langword="null"/>.</param>
    public static Message UnknownEdition(string? found, JsonTokenType token) => new(
        $"Expected the edition \"2019\" or \"2021\", found {found ?? Token(token)}.",
        $"版本应为 \"2019\" 或 \"2021\"，实际为 {found ?? TokenZh(token)}。");

    /// <summary><c>DF0012</c>: the edition converter read another value.</summary>
    public static Message EditionExpected { get; } = new("Expected the edition \"2019\" or \"2021\".", "版本应为 \"2019\" 或 \"2021\"。");

    /// <summary><c>DF0012</c>: an edition this version cannot read.</summary>
    public static Message EditionNotSupported(string edition) => new(
        $"The edition \"{edition}\" is not supported by this version of Disclosure.Format; expected \"2019\" or \"2021\".",
        $"此版本的 Disclosure.Format 不支持 \"{edition}\" 版本；应为 \"2019\" 或 \"2021\"。");

    /// <summary><c>DF0013</c>.</summary>
    public static Message NegativeAmount(string raw) => new(
        $"An amount cannot be negative; found {raw}.",
        $"金额不能为负数，实际为 {raw}。");

    /// <summary><c>DF0014</c>.</summary>
    /// <param name="raw">The string found; <see langword="null"/> when the value is not a string.</param>
    /// <param name="token">The token found, described when <paramref name="raw"/> is <see langword="null"/>.</param>
    public static Message InvalidDate(string? raw, JsonTokenType token) => new(
        $"Expected a date written as \"yyyy-MM-dd\", found {raw ?? Token(token)}.",
        $"应为 \"yyyy-MM-dd\" 格式的日期，实际为 {raw ?? TokenZh(token)}。");

    /// <summary><c>DF0015</c>.</summary>
    public static Message InvalidUnicode { get; } = new(
        "The text is not valid Unicode: a string or property name here contains an unpaired surrogate escape (\\uD800–\\uDFFF without its partner).",
        "文本不是有效的 Unicode：此处的字符串或属性名含有未配对的代理项转义（\\uD800–\\uDFFF）。");

    /// <summary><c>DF5000</c>: a document (or a line of JSON Lines) over <see cref="DisclosureJsonOptions.MaxDocumentBytes"/>.</summary>
    /// <param name="size">The size found, when <paramref name="exact"/>.</param>
    /// <param name="exact">Whether <paramref name="size"/> is the whole size, or only that it is over the limit is known.</param>
    /// <param name="limit">The limit.</param>
    /// <param name="line">Whether a line of JSON Lines is over the limit, rather than a document.</param>
    public static Message TooLarge(long size, bool exact, int limit, bool line)
    {
        var what = line ? "line" : "document";
        var whatZh = line ? "该行" : "文档";
        var found = exact ? $"is {size} bytes" : $"is more than {limit} bytes";
        var foundZh = exact ? $"为 {size} 字节" : $"超过 {limit} 字节";
        return new(
            $"The {what} {found}, over the limit of {limit} bytes (DisclosureJsonOptions.MaxDocumentBytes); a report is about 10 KB.",
            $"{whatZh}{foundZh}，超过 {limit} 字节的上限（DisclosureJsonOptions.MaxDocumentBytes）；一份报告约 10 KB。");
    }

    /// <summary><c>DF5001</c>.</summary>
    public static Message TooDeep { get; } = new(
        $"The JSON is nested deeper than {DisclosureJsonOptions.MaxDepth} levels, the reader's limit; a report is never deeper than five.",
        $"JSON 嵌套超过 {DisclosureJsonOptions.MaxDepth} 层，超出读取器的上限；报告本身不超过五层。");

    /// <summary>A JSON token as the messages name it, in English.</summary>
    private static string Token(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.Number => "a number",
        _ => token.ToString(),
    };

    /// <summary>A JSON token as the messages name it, in Chinese.</summary>
    private static string TokenZh(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "字符串",
        JsonTokenType.StartObject => "对象",
        JsonTokenType.StartArray => "数组",
        JsonTokenType.True or JsonTokenType.False => "布尔值",
        JsonTokenType.Null => "null",
        JsonTokenType.Number => "数字",
        _ => token.ToString(),
    };

    /// <summary>What a member is written as (in English, from JsonErrorMapper), in Chinese.</summary>
    private static string ExpectedZh(string expected) => expected switch
    {
        "a string" => "字符串",
        "a whole number" => "整数",
        "a date string \"yyyy-MM-dd\"" => "\"yyyy-MM-dd\" 格式的日期字符串",
        "a number" => "数字",
        "an object" => "对象",
        _ => "版本字符串 \"2019\" 或 \"2021\"",
    };
}
