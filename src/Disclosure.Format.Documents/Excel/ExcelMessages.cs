using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Excel;

/// <summary>
/// The Excel reader's messages, in English and Chinese, in one place (one per code and case), and the diagnostics built
/// from them, located by file, sheet and cell address. It serves the codes of <see cref="ExcelCodes"/>
/// (<c>DF6200</c>–<c>DF6211</c>) and <see cref="DocumentCodes.NestingTooDeep"/> for a workbook's parts.
/// </summary>
internal static class ExcelMessages
{
    public static Diagnostic Error(string code, string? source, string? sheet, string? address, Message message) =>
        Create(code, DiagnosticSeverity.Error, source, sheet, address, message);

    public static Diagnostic Warning(string code, string? source, string? sheet, string? address, Message message) =>
        Create(code, DiagnosticSeverity.Warning, source, sheet, address, message);

    /// <summary>A diagnostic whose message starts with the sheet and cell address, when there are.</summary>
    public static Diagnostic Create(string code, DiagnosticSeverity severity, string? source, string? sheet, string? address, Message message)
    {
        var where = sheet is null ? string.Empty : address is null ? $"'{sheet}': " : $"'{sheet}'!{address}: ";
        return new Diagnostic
        {
            Code = code,
            Severity = severity,
            Pointer = string.Empty,
            Message = where + message.En,
            MessageZh = where + message.Zh,
            Location = Location(source, sheet, address),
        };
    }

    public static SourceLocation? Location(string? source, string? sheet, string? address) =>
        source is null && sheet is null ? null : new SourceLocation { Source = source, Sheet = sheet, Address = address };

    /// <summary><c>DF6200</c>: the file is not a workbook, for the reason <paramref name="why"/> (one of the <c>Why…</c> texts).</summary>
    public static Message NotAWorkbook(Message why) => new(
        $"The file is not an Excel workbook (.xlsx): {why.En}.",
        $"该文件不是 Excel 工作簿（.xlsx）：{why.Zh}。");

    /// <summary>Why <see cref="NotAWorkbook"/>: the package has no workbook part.</summary>
    public static Message WhyNoWorkbookPart { get; } = new("it has no workbook part", "缺少工作簿部件");

    /// <summary>Why <see cref="NotAWorkbook"/>: the SDK could not read the package.</summary>
    public static Message WhyPackageUnreadable(string exception) => new(
        $"its package could not be read ({exception})",
        $"无法读取其程序包（{exception}）");

    /// <summary>Why <see cref="NotAWorkbook"/>: no content types part.</summary>
    public static Message WhyNoContentTypes { get; } = new(
        "the zip has no [Content_Types].xml, so it is not an Office Open XML package",
        "压缩包中没有 [Content_Types].xml，不是 Office Open XML 程序包");

    /// <summary>Why <see cref="NotAWorkbook"/>: not a zip.</summary>
    public static Message WhyNotAZip { get; } = new("it is not a zip package", "不是 zip 程序包");

    /// <summary><c>DF6201</c>.</summary>
    public static Message LegacyWorkbook { get; } = new(
        "The file is an Excel 97-2003 workbook (.xls) or an encrypted workbook, which is not read: save it as an Excel workbook (.xlsx) without a password.",
        "该文件是 Excel 97-2003 工作簿（.xls）或加密的工作簿，无法读取：请另存为不加密的 Excel 工作簿（.xlsx）。");

    /// <summary><c>DF6202</c>.</summary>
    public static Message PartTooLarge(string part, long limit) => new(
        $"The part '{part}' uncompresses to more than the limit of {limit} bytes; nothing is read.",
        $"部件“{part}”解压后超过上限 {limit} 字节；不读取任何内容。");

    /// <summary><c>DF6203</c>: the file's size is known.</summary>
    public static Message FileTooLarge(int size, long limit) => new(
        $"The file is {size} bytes, more than the limit of {limit} bytes.",
        $"文件大小为 {size} 字节，超过上限 {limit} 字节。");

    /// <summary><c>DF6203</c>: the stream is longer than the limit.</summary>
    public static Message FileOverLimit(long limit) => new(
        $"The file is larger than the limit of {limit} bytes; nothing is read.",
        $"文件超过上限 {limit} 字节；不读取任何内容。");

    /// <summary><c>DF6203</c>: the parts together.</summary>
    public static Message PackageTooLarge(long limit) => new(
        $"The package's parts uncompress to more than the limit of {limit} bytes; nothing is read.",
        $"程序包各部件解压后合计超过上限 {limit} 字节；不读取任何内容。");

    /// <summary><c>DF6204</c>.</summary>
    public static Message TooManyParts(int count, int limit) => new(
        $"The package has {count} parts, more than the limit of {limit}.",
        $"程序包有 {count} 个部件，超过上限 {limit} 个。");

    /// <summary><c>DF6205</c>.</summary>
    public static Message ExternalLink(int count) => new(
        $"The workbook links to {count} other workbook(s); external links are never opened or followed.",
        $"工作簿链接了 {count} 个其他工作簿；外部链接不会被打开或跟随。");

    /// <summary><c>DF6206</c>.</summary>
    public static Message ExternalFormula(string formula) => new(
        $"The formula '={formula}' refers to another workbook; its saved value is read and the formula is never evaluated.",
        $"公式“={formula}”引用了其他工作簿；读取其保存的值，公式不会被计算。");

    /// <summary><c>DF6207</c>.</summary>
    public static Message FormulaWithoutValue(string formula) => new(
        $"The formula '={formula}' has no saved value; formulas are never evaluated, so the cell is read as blank.",
        $"公式“={formula}”没有保存的值；公式不会被计算，该单元格按空白读取。");

    /// <summary><c>DF6208</c>: too many rows.</summary>
    public static Message TooManyRows(string sheet, int limit) => new(
        $"The sheet '{sheet}' has more than {limit} rows; the rest of it is not read.",
        $"工作表“{sheet}”超过 {limit} 行；其余部分不读取。");

    /// <summary><c>DF6208</c>: too many cells.</summary>
    public static Message TooManyCells(string sheet, int limit) => new(
        $"The sheet '{sheet}' has more than {limit} non-empty cells; the rest of it is not read.",
        $"工作表“{sheet}”的非空单元格超过 {limit} 个；其余部分不读取。");

    /// <summary><c>DF6208</c>: a block of cells too large.</summary>
    public static Message BlockTooLarge(string address, int limit, int workbookLimit) => new(
        $"The block of cells at {address} spans more than {limit} cells (rows × columns from its first to its last written cell), or more than the {workbookLimit} the workbook's blocks may span together; it is not read.",
        $"位于 {address} 的单元格区域（从首个到最后一个有内容的单元格的行数 × 列数）超过 {limit} 个单元格，或超过整个工作簿各区域合计 {workbookLimit} 个单元格的上限；不读取。");

    /// <summary><c>DF6209</c>: a value of the text sheet, for the reason <paramref name="why"/> (one of the <c>Why…</c> texts).</summary>
    public static Message TextSheetValue(string? text, string pointer, Message why) => new(
        $"'{text}' at {pointer} cannot be read: {why.En}.",
        $"{pointer} 处的“{text}”无法读取：{why.Zh}。");

    /// <summary>Why <see cref="TextSheetValue"/>: the edition written differs from the tables'.</summary>
    public static Message WhyEditionOfTables(ReportEdition edition) => new(
        $"the tables follow the {(int)edition} edition, which is what is read",
        $"表格按 {(int)edition} 年版格式填写，以表格为准");

    /// <summary>Why <see cref="TextSheetValue"/>: a year.</summary>
    public static Message WhyYear { get; } = new("a year is a whole number such as 2023", "年度应为整数，如 2023");

    /// <summary>Why <see cref="TextSheetValue"/>: a date.</summary>
    public static Message WhyDate { get; } = new("a date is written yyyy-MM-dd", "日期应写作 yyyy-MM-dd");

    /// <summary>Why <see cref="TextSheetValue"/>: a number of notices.</summary>
    public static Message WhyNotices { get; } = new("a number of notices is a whole number", "件数应为整数");

    /// <summary>Why <see cref="TextSheetValue"/>: an unknown pointer.</summary>
    public static Message WhyUnknownPointer { get; } = new("the sheet has no member at this pointer", "该表没有此 JSON Pointer 对应的项目");

    /// <summary>Why <see cref="TextSheetValue"/>: an amount.</summary>
    public static Message WhyAmount { get; } = new("an amount is a number of yuan such as 120.5", "金额应为以元计的数字，如 120.5");

    /// <summary><c>DF6210</c>: the flat sheet and the table sheet differ (<paramref name="read"/>, invariant; <see langword="null"/> when blank).</summary>
    public static Message FlatSheetDisagrees(string text, string row, string column, string? read) => new(
        $"the flat sheet gives '{text}' for {row} | {column}, the table sheet {read ?? "blank"}; the table sheet is read.",
        $"明细表中 {row} | {column} 为“{text}”，表格工作表为 {read ?? "空白"}；以表格工作表为准。");

    /// <summary><c>DF6211</c>.</summary>
    public static Message UnknownCellType(string? type) => new(
        $"The cell's type t=\"{type}\" is not one of Excel's (n, s, inlineStr, b, str, e, d); the cell is read as blank.",
        $"单元格的类型 t=\"{type}\" 不是 Excel 定义的类型（n、s、inlineStr、b、str、e、d）；该单元格按空白读取。");

    /// <summary><c>DF6001</c> (<see cref="DocumentCodes.NestingTooDeep"/>): a part of the workbook nests too deep.</summary>
    public static Message NestingTooDeep(string part, int limit) => new(
        $"The part '{part}' nests its XML elements deeper than {limit} levels (ExcelReadOptions.MaxXmlDepth); nothing is read. A workbook's parts nest under 20.",
        $"部件“{part}”的 XML 元素嵌套超过 {limit} 层（ExcelReadOptions.MaxXmlDepth）；不读取任何内容。工作簿各部件的嵌套通常不超过 20 层。");
}
