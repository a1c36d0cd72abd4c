using System.Globalization;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Import;

/// <summary>
/// Every message of the importer's diagnostics, in English and Chinese, in one place: one method per message, named
/// after what it says, taking what the message quotes. The call sites pass the result to <see cref="DiagnosticSink.Add"/>.
/// </summary>
internal static class ImportMessages
{
    // Text and edition (ReportTextImporter).

    public static Message TextTooLong(int length, int limit) => new(
        $"The text is {length} characters long, over the limit of {limit} (ImportOptions.MaxTextLength); a report's text is usually under 30 000.",
        $"文本长 {length} 个字符，超过 {limit} 的上限（ImportOptions.MaxTextLength）；一份报告的文本通常不超过 30 000 个字符。");

    public static Message InternalError(Exception ex) => new(
        $"The importer failed on this text ({ex.GetType().Name}: {ex.Message}). Please report it with the text.",
        $"导入器处理该文本时出错（{ex.GetType().Name}：{ex.Message}），请连同文本一并报告。");

    public static Message HtmlStripped() => new(
        "The text looks like HTML; its tags were removed before import (use the Documents package for HTML pages).",
        "该文本似为 HTML，导入前已去除其标签（HTML 页面请使用 Documents 包）。");

    public static Message EditionNotAvailable(ReportEdition edition) => new(
        $"The {(int)edition} edition is not available in this version of Disclosure.Format.",
        $"此版本的 Disclosure.Format 不支持 {(int)edition} 年版格式。");

    /// <param name="sectionFound">Whether some section heading of a report was found (but no table).</param>
    public static Message NotAReport(bool sectionFound) => new(
        !sectionFound
            ? "No part of an annual report (政府信息公开工作年度报告) was found in the text."
            : "The text has section headings of an annual report but none of its tables; the edition cannot be told.",
        !sectionFound
            ? "文本中未找到政府信息公开工作年度报告的任何部分。"
            : "文本有年度报告的章节标题，但没有任何表格，无法判断格式版本。");

    public static Message MoreThanOneReport(int reports) => new(
        $"The text holds {reports} reports (the headings of the tables appear {reports} times in turn); only the first was imported. Split the text and import each report on its own.",
        $"该文本包含 {reports} 份报告（各表格的标题依次出现了 {reports} 次），只导入了第一份。请将文本拆开，逐份导入。");

    public static Message EditionYearMismatch(int year, ReportEdition edition) => new(
        $"The report is for {year} but its tables follow the {(int)edition} edition.",
        $"该报告为 {year} 年度，但其表格采用 {(int)edition} 年版格式。");

    // Metadata, headings and text (ReportTextImporter).

    public static Message YearFromPreamble(int year) => new(
        $"The title gives no year; {year} was read from the preamble.", $"标题未写年度，已从开头部分读出 {year}。");

    public static Message YearMissing() => new(
        "The report year could not be read from the title; it was set to 0.", "未能从标题读出报告年度，暂记为 0。");

    public static Message AgencyMissing() => new(
        "The agency could not be read from the title; it was left empty.", "未能从标题读出机关名称，暂为空。");

    public static Message SectionMissing(string section) => new(
        $"The section heading '{section}' was not found.", $"未找到章节标题“{section}”。");

    /// <param name="written">The heading as written.</param>
    /// <param name="section">The heading of the format.</param>
    /// <param name="relaxed">Whether it was taken by its place and number, its wording differing.</param>
    public static Message HeadingVariant(string written, string section, bool relaxed) => new(
        relaxed
            ? $"'{written}' was taken as the heading '{section}' by its place and number; its wording differs."
            : $"'{written}' was read as the heading '{section}'.",
        relaxed
            ? $"“{written}”按位置和序号视为标题“{section}”，其措辞不同。"
            : $"“{written}”按标题“{section}”读取。");

    /// <param name="written">The label as written.</param>
    /// <param name="label">The label of the format.</param>
    public static Message LabelVariant(string written, string label) => new(
        $"'{written}' was read as '{label}'.",
        $"“{written}”按“{label}”读取。");

    public static Message TextNotKept(string section, int length) => new(
        $"Text under '{section}' before its table ({length} characters) has no place in the model and was not kept.",
        $"“{section}”下、表格之前的文字（{length} 个字）在模型中没有对应位置，未保留。");

    // Tables and rows (TableReader).

    public static Message TableMissing(string table) => new(
        $"The table '{table}' was not found; its cells are blank.",
        $"未找到表格“{table}”，其单元格为空。");

    public static Message RowMissing(string row) => new(
        $"The row '{row}' was not found; its cells are blank.",
        $"未找到行“{row}”，其单元格为空。");

    public static Message UnmatchedValues(string label) => new(
        $"Values after '{label}' belong to no row of the format; they were not read.",
        $"“{label}”之后的数值不属于格式中的任何一行，未读取。");

    public static Message GroupHasNoCells(string group, ReportEdition edition) => new(
        $"Values follow '{group}', which has no cells of its own in the {Edition(edition)} edition (it has in another edition); they were not read.",
        $"“{group}”在{EditionZh(edition)}中本身没有单元格（在另一版格式中有），其后的数值未读取。");

    /// <param name="group">The group's label.</param>
    /// <param name="printed">The single row as printed.</param>
    /// <param name="edition">The edition read.</param>
    /// <param name="names">The labels of the group's rows, joined.</param>
    public static Message GroupPrintedAsOneRow(string group, string printed, ReportEdition edition, string names) => new(
        $"'{group}' is printed as one row ('{printed}'), as in another edition; in the {Edition(edition)} edition it is the rows {names}, which are not printed and were left blank. The single row is kept in their cells' provenance.",
        $"“{group}”按另一版格式印为一行（“{printed}”）；{EditionZh(edition)}中该项分为“{names}”各行，文本未列出，其单元格为空。该行内容保留在这些单元格的来源信息中。");

    public static Message RowPrintedAsSeveralRows(string row, ReportEdition edition) => new(
        $"'{row}' is printed as several rows, as in another edition; in the {Edition(edition)} edition it is one row, which is not printed: its cells were left blank and the rows as printed are kept in their provenance.",
        $"“{row}”按另一版格式分为多行印出；{EditionZh(edition)}中该项为一行，文本未列出，其单元格为空。所印各行保留在这些单元格的来源信息中。");

    /// <param name="block">The block's caption.</param>
    /// <param name="header">The block's header as printed.</param>
    /// <param name="edition">The edition read.</param>
    /// <param name="columns">The labels of the block's columns in that edition.</param>
    public static Message BlockWithOtherColumns(string block, string header, ReportEdition edition, IEnumerable<string> columns) => new(
        $"The block '{block}' is printed with the columns '{header}', not those of the {Edition(edition)} edition ({string.Join(" / ", columns)}); its cells were left blank.",
        $"“{block}”的表头为“{header}”，不是{EditionZh(edition)}的栏目（{string.Join("／", columns)}），其单元格未读取。");

    // Splitting rows into cells (TableReader).

    public static Message TooManyValues(int cells) => new(
        $"More values are written than the {cells} cells of this row; its cells were left blank.",
        $"该行写出的数值多于其 {cells} 个单元格，单元格未读取。");

    public static Message SplitsCapped() => new(
        "The digits of this row allow too many splits to examine; its cells were left blank.",
        "该行数字可拆分的方式过多，未能逐一检查，单元格未读取。");

    public static Message RowUnreadable(string excerpt) => new(
        $"What is written for this row ('{excerpt}') cannot be read as its cells; they were left blank.",
        $"该行所写内容（“{excerpt}”）无法读作其单元格，单元格未读取。");

    public static Message DetachedRowsCapped() => new(
        "The number lines of these rows, printed apart from their labels, can be assigned to the rows in too many ways to examine; their cells were left blank.",
        "这些行的数字与行标题分开排印，可对应的方式过多，未能逐一检查，单元格为空。");

    public static Message DetachedLinesUnreadable(string excerpt) => new(
        $"The number lines after these rows' labels ('{excerpt}') cannot be read as their cells; they were left blank.",
        $"这些行标题之后的数字行（“{excerpt}”）无法读作其单元格，单元格未读取。");

    public static Message JointSearchCapped() => new(
        "The combined search over the table's run-together rows reached its bound; the undecided cells were left blank.",
        "对该表各行拆分方式的联合检查达到上限，未能确定的单元格为空。");

    // Cells written (TableReader).

    public static Message NoneMarkerAsZero(string written) => new(
        $"'{written}' was read as 0.", $"“{written}”按 0 读取。");

    public static Message UnitConverted(string written, decimal? value, string column) => new(
        $"'{written}' was converted to {value?.ToString(CultureInfo.InvariantCulture)} in the unit of '{column}'.",
        $"“{written}”已换算为“{column}”的单位：{value?.ToString(CultureInfo.InvariantCulture)}。");

    /// <param name="cells">The row's cells.</param>
    /// <param name="missing">How many of them have no value written.</param>
    public static Message MissingValues(int cells, int missing) => new(
        missing == cells
            ? "No value is written for this row; its cells are blank."
            : $"This row has {cells - missing} values for {cells} cells; {missing} cell(s) are blank.",
        missing == cells
            ? "该行未写任何数值，单元格为空。"
            : $"该行 {cells} 个单元格只写了 {cells - missing} 个数值，{missing} 个单元格为空。");

    /// <param name="labels">The rows' labels, joined.</param>
    /// <param name="lines">The number lines as printed, joined.</param>
    /// <param name="assignments">How many assignments the sums allow.</param>
    /// <param name="shown">Those shown (the first few).</param>
    /// <param name="undecided">How many cells were left undecided.</param>
    public static Message RowsByPositionUndecided(string labels, string lines, int assignments, List<string> shown, int undecided)
    {
        var more = assignments > shown.Count ? $" (+{assignments - shown.Count} more)" : string.Empty;
        return new(
            $"The rows {labels} are printed apart from their numbers ({lines}); the format's sums allow {assignments} assignments of the numbers to the rows: {string.Join(", ", shown)}{more}. The {undecided} undecided cell(s) were left blank.",
            $"行“{labels}”与其数字（{lines}）分开排印；按格式的勾稽关系，数字与行有 {assignments} 种对应方式：{string.Join("，", shown)}{(more.Length > 0 ? $"（另有 {assignments - shown.Count} 种）" : string.Empty)}。未能确定的 {undecided} 个单元格为空。");
    }

    /// <param name="labels">The rows' labels, joined.</param>
    /// <param name="lines">The number lines as printed, joined.</param>
    /// <param name="structural">How many assignments there are without the sums.</param>
    public static Message RowsByPosition(string labels, string lines, int structural) => new(
        $"The rows {labels} are printed apart from their numbers ({lines}); {(structural > 1 ? $"of {structural} ways to assign the numbers to the rows, only one agrees with the format's sums" : "the numbers can be assigned to the rows in one way only")}.",
        $"行“{labels}”与其数字（{lines}）分开排印；{(structural > 1 ? $"数字与行的 {structural} 种对应方式中，只有一种符合格式的勾稽关系" : "数字与行只有一种对应方式")}。");

    /// <param name="raw">The row's text as written.</param>
    /// <param name="readings">How many readings are kept.</param>
    /// <param name="shown">Those shown (the first few).</param>
    /// <param name="arithmeticBroken">Whether no split satisfies every sum.</param>
    /// <param name="undecided">How many cells were left undecided.</param>
    public static Message AmbiguousSplit(string raw, int readings, List<string> shown, bool arithmeticBroken, int undecided)
    {
        var more = readings > shown.Count ? $" (+{readings - shown.Count} more)" : string.Empty;
        var why = arithmeticBroken ? " No split satisfies every sum of the format." : string.Empty;
        var whyZh = arithmeticBroken ? "没有任何拆分能满足格式的全部勾稽关系。" : string.Empty;
        return new(
            $"'{raw}' can be read as {readings} different rows: {string.Join(", ", shown)}{more}.{why} The {undecided} undecided cell(s) were left blank.",
            $"“{raw}”可读作 {readings} 种不同的行：{string.Join("，", shown)}{(more.Length > 0 ? $"（另有 {readings - shown.Count} 种）" : string.Empty)}。{whyZh}未能确定的 {undecided} 个单元格为空。");
    }

    public static Message RunTogetherSumsFail(string raw, string reading) => new(
        $"'{raw}' fills the row's cells only as {reading}, which breaks the row's sums: either the report published a wrong figure or a blank cell is hidden in the run. The figures are kept as read.",
        $"“{raw}”只能读作 {reading}，而这不符合该行的勾稽关系：或是报告公布的数字有误，或是其中夹有空白单元格。数字按所读保留。");

    /// <param name="raw">The row's text as written.</param>
    /// <param name="reading">The split kept.</param>
    /// <param name="structural">How many splits there are without the sums (<see cref="int.MaxValue"/>: too many to count).</param>
    /// <param name="arithmeticBroken">Whether every split breaks some sum (the one kept breaks the fewest).</param>
    public static Message SplitRecovered(string raw, string reading, int structural, bool arithmeticBroken) => new(
        $"'{raw}' was split as {reading}: the only one of {Count(structural)} possible splits {(arithmeticBroken ? "that breaks the fewest sums of the format" : "that agrees with the format's sums")}.",
        $"“{raw}”拆分为 {reading}：{CountZh(structural)}种可能拆分中{(arithmeticBroken ? "违反勾稽关系最少" : "唯一符合勾稽关系")}的一种。");

    // Bytes and encodings (ReportTextDecoder).

    public static Message CharsetNotRead(string declared) =>
        DeclaredCharsetContradicted(declared, $"this library does not read the charset '{declared}'", $"本库不支持字符集“{declared}”");

    public static Message CharsetContradictedByUtf8(string declared) =>
        DeclaredCharsetContradicted(declared, "the bytes are valid UTF-8 with non-ASCII characters", "其字节是含非 ASCII 字符的有效 UTF-8");

    public static Message CharsetContradictedByBytes(string declared, string name, int line, int column) =>
        DeclaredCharsetContradicted(declared, $"the bytes are not valid {name} (line {line}, column {column})",
            $"其字节不是有效的 {name}（第 {line} 行第 {column} 列）");

    /// <param name="name">The encoding.</param>
    /// <param name="specified">Whether it was named (otherwise marked by a byte order mark).</param>
    /// <param name="line">Where the first invalid byte sequence is.</param>
    /// <param name="column">Where the first invalid byte sequence is.</param>
    public static Message NotValidInEncoding(string name, bool specified, int line, int column)
    {
        var how = specified ? "named" : "marked by its byte order mark";
        var howZh = specified ? "指定的" : "字节顺序标记所示的";
        return new(
            $"The bytes are not valid {name}, the encoding {how} (line {line}, column {column}: invalid byte sequence).",
            $"字节不是有效的 {name}（{howZh}编码；第 {line} 行第 {column} 列字节序列无效）。");
    }

    public static Message EncodingAmbiguous(double gbShare, double big5Share)
    {
        var f = CultureInfo.InvariantCulture;
        return new(
            string.Format(f, "The bytes decode both as GB18030 and as Big5 and neither reading is clearly more plausible (common characters: {0:P0} as GB18030, {1:P0} as Big5); name the encoding.", gbShare, big5Share),
            string.Format(f, "字节既可按 GB18030 也可按 Big5 解码，且无法判断哪种更合理（常用字占比：GB18030 {0:P0}，Big5 {1:P0}）；请指定编码。", gbShare, big5Share));
    }

    /// <summary>Where the bytes stop being UTF-8, GB18030 and Big5 (line and column of each).</summary>
    public static Message NoEncodingFits(int l1, int c1, int l2, int c2, int l3, int c3) => new(
        $"The bytes are in none of the encodings tried: not UTF-8 (invalid at line {l1}, column {c1}), not GB18030/GBK/GB2312 (line {l2}, column {c2}), not Big5 (line {l3}, column {c3}); convert the text to UTF-8 or name its encoding.",
        $"字节不属于所尝试的任何编码：不是 UTF-8（第 {l1} 行第 {c1} 列无效），不是 GB18030/GBK/GB2312（第 {l2} 行第 {c2} 列），不是 Big5（第 {l3} 行第 {c3} 列）；请将文本转换为 UTF-8 或指定其编码。");

    /// <param name="utf8Line">A line that is UTF-8.</param>
    /// <param name="otherLine">A line that is not.</param>
    /// <param name="badLine">Where the first invalid UTF-8 is.</param>
    /// <param name="column">Where the first invalid UTF-8 is.</param>
    public static Message MixedEncodings(int utf8Line, int otherLine, int badLine, int column) => new(
        $"The text mixes encodings: line {utf8Line} is UTF-8 but line {otherLine} is not (invalid UTF-8 at line {badLine}, column {column}). No single encoding reads it; convert each part to UTF-8 before joining them.",
        $"文本混用了多种编码：第 {utf8Line} 行是 UTF-8，第 {otherLine} 行却不是（第 {badLine} 行第 {column} 列不是有效 UTF-8）。没有一种编码能读出全文；请先将各部分分别转换为 UTF-8 再合并。");

    public static Message EncodingUsed(SourceEncoding encoding) => new(
        $"The text was decoded as {encoding}.",
        $"文本按 {encoding.Name} 解码（{DecisionZh(encoding)}）。");

    private static Message DeclaredCharsetContradicted(string declared, string why, string whyZh) => new(
        $"The page declares the charset '{declared}' but {why}; the encoding was detected instead.",
        $"页面声明的字符集为“{declared}”，但{whyZh}；已改为自动识别编码。");

    private static string DecisionZh(SourceEncoding encoding) => encoding.DecidedBy switch
    {
        EncodingDecision.Specified => "指定",
        EncodingDecision.ByteOrderMark => "字节顺序标记",
        EncodingDecision.Declared => $"页面声明为 {encoding.DeclaredCharset}",
        _ => "自动识别",
    };

    private static string Edition(ReportEdition edition) => edition == ReportEdition.Edition2019 ? "2019" : "2021";

    private static string EditionZh(ReportEdition edition) => edition == ReportEdition.Edition2019 ? "2019 年版格式" : "2021 年版格式";

    private static string Count(int n) => n == int.MaxValue ? "many" : n.ToString(CultureInfo.InvariantCulture);

    private static string CountZh(int n) => n == int.MaxValue ? "众多" : n.ToString(CultureInfo.InvariantCulture) + " ";
}
