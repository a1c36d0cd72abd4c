using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Html;

/// <summary>
/// The HTML reader's messages, in English and Chinese, in one place (one per code and case). It serves the codes of
/// <see cref="DocumentCodes"/> that <see cref="HtmlReportReader"/> and HtmlDocumentReader report:
/// <see cref="DocumentCodes.DocumentTooLarge"/> (<c>DF6000</c>), <see cref="DocumentCodes.NestingTooDeep"/>
/// (<c>DF6001</c>), <see cref="DocumentCodes.TableTooLarge"/> (<c>DF6002</c>), <see cref="DocumentCodes.SpanClamped"/>
/// (<c>DF6003</c>) and <see cref="DocumentCodes.InternalError"/> (<c>DF6005</c>).
/// </summary>
internal static class HtmlMessages
{
    /// <summary><c>DF6000</c>: the page is <paramref name="size"/> long (one of the sizes below).</summary>
    public static Message PageTooLarge(Message size, int limit) => new(
        $"The page is {size.En} long, over the limit of {limit} (HtmlReadOptions.MaxDocumentSize); it is not read. A report page with its site template is under 300 KB.",
        $"该页面长 {size.Zh}，超过 {limit} 的上限（HtmlReadOptions.MaxDocumentSize），未读取。报告页面连同网站模板通常不超过 300 KB。");

    /// <summary>The size of <see cref="PageTooLarge"/>: characters of a string.</summary>
    public static Message Characters(int count) => new($"{count} characters", $"{count} 个字符");

    /// <summary>The size of <see cref="PageTooLarge"/>: bytes.</summary>
    public static Message Bytes(int count) => new($"{count} bytes", $"{count} 个字节");

    /// <summary>The size of <see cref="PageTooLarge"/>: a stream read up to the limit.</summary>
    public static Message OverBytes(int limit) => new($"over {limit} bytes", $"超过 {limit} 个字节");

    /// <summary><c>DF6001</c>.</summary>
    public static Message NestingTooDeep(int limit) => new(
        $"The page nests its elements deeper than {limit} levels (HtmlReadOptions.MaxDepth); it is not read. A report page, with its site template, stays under 40.",
        $"该页面的元素嵌套超过 {limit} 层（HtmlReadOptions.MaxDepth），未读取。报告页面连同网站模板通常不超过 40 层。");

    /// <summary><c>DF6002</c>: the table has <paramref name="what"/> (one of the measures below).</summary>
    public static Message TableTooLarge(Message what, int limit) => new(
        $"The table has {what.En}, over the limit (HtmlReadOptions.MaxTableCells is {limit}); it is left out. A report's largest table has about 300 cells.",
        $"该表格有 {what.Zh}，超过上限（HtmlReadOptions.MaxTableCells 为 {limit}），已略去。报告中最大的表格约有 300 个单元格。");

    /// <summary>The measure of <see cref="TableTooLarge"/>: its cells.</summary>
    public static Message Cells(long count) => new($"{count} cells", $"{count} 个单元格");

    /// <summary>The measure of <see cref="TableTooLarge"/>: its columns.</summary>
    public static Message MoreColumnsThan(int limit) => new($"more than {limit} columns", $"超过 {limit} 列");

    /// <summary>The measure of <see cref="TableTooLarge"/>: its grid.</summary>
    public static Message GridSlots(int rows, int width) => new($"{rows} × {width} grid slots", $"{rows} × {width} 个网格位置");

    /// <summary><c>DF6003</c>: the span attributes as written, and the span kept.</summary>
    public static Message SpanClamped(string? rowSpanAttribute, string? colSpanAttribute, int rowSpan, int colSpan) => new(
        $"The cell's span (rowspan '{rowSpanAttribute}', colspan '{colSpanAttribute}') reaches past its table or overlaps another cell; it was clamped to {rowSpan} × {colSpan}.",
        $"该单元格的跨度（rowspan“{rowSpanAttribute}”，colspan“{colSpanAttribute}”）超出表格或与其他单元格重叠，已限制为 {rowSpan} × {colSpan}。");

    /// <summary><c>DF6005</c>.</summary>
    public static Message InternalError(string exception, string detail) => new(
        $"Reading the page failed ({exception}: {detail}). Please report it with the page.",
        $"读取该页面时出错（{exception}：{detail}），请连同页面一并报告。");
}
