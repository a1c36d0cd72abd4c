using System.Globalization;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Word;

/// <summary>The Word reader's messages, in English and Chinese, in one place (one per code and case).</summary>
internal static class WordMessages
{
    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static Message NotAZip(string? lookalike) => lookalike switch
    {
        "rtf" => new(
            "The file is an RTF document, not a Word .docx package (Word can save RTF under a .doc name). Open it in Word or LibreOffice and save it as .docx (soffice --headless --convert-to docx).",
            "该文件是 RTF 文档，不是 Word .docx 文件（Word 可能以 .doc 名称保存 RTF）。请用 Word 或 LibreOffice 打开后另存为 .docx（soffice --headless --convert-to docx）。"),
        "html" => new(
            "The file is an HTML page, not a Word .docx package (Word saves web pages under a .doc name too). Import it as HTML.",
            "该文件是 HTML 网页，不是 Word .docx 文件（Word 也会以 .doc 名称保存网页）。请按 HTML 导入。"),
        "pdf" => new("The file is a PDF document, not a Word .docx package.", "该文件是 PDF 文档，不是 Word .docx 文件。"),
        "empty" => new("The file is empty: a Word .docx file is a ZIP package.", "文件为空：Word .docx 文件应为 ZIP 包。"),
        _ => new(
            "The file is not a Word .docx document: a .docx file is a ZIP package (starting with the bytes 'PK'), and these bytes are not.",
            "该文件不是 Word .docx 文档：.docx 文件是 ZIP 包（以字节“PK”开头），而该文件不是。"),
    };

    public static Message LegacyDoc { get; } = new(
        "The file is a binary Word 97-2003 document (.doc, an OLE2 compound file), which is not read. Convert it to .docx first: in Word, Save As \"Word Document (*.docx)\"; or soffice --headless --convert-to docx FILE.doc.",
        "该文件是 Word 97-2003 二进制文档（.doc，OLE2 复合文件），无法读取。请先转换为 .docx：在 Word 中“另存为”“Word 文档(*.docx)”，或运行 soffice --headless --convert-to docx 文件名.doc。");

    public static Message Encrypted { get; } = new(
        "The file is an encrypted (password-protected) Office document and cannot be read. Remove the password in Word and save it again as .docx.",
        "该文件是加密（设有密码）的 Office 文档，无法读取。请在 Word 中取消密码后重新保存为 .docx。");

    public static Message NotWord(string? kind) => kind switch
    {
        "xlsx" => new("The file is an Excel workbook (.xlsx), not a Word document.", "该文件是 Excel 工作簿（.xlsx），不是 Word 文档。"),
        "pptx" => new("The file is a PowerPoint presentation (.pptx), not a Word document.", "该文件是 PowerPoint 演示文稿（.pptx），不是 Word 文档。"),
        "odt" => new(
            "The file is an OpenDocument text (.odt/.wps-style ZIP), not a Word .docx document. Save it as .docx (soffice --headless --convert-to docx).",
            "该文件是 OpenDocument 文本（.odt 等 ZIP 格式），不是 Word .docx 文档。请另存为 .docx（soffice --headless --convert-to docx）。"),
        _ => new(
            "The file is a ZIP archive but not a Word document: it has no WordprocessingML main part (word/document.xml).",
            "该文件是 ZIP 压缩包，但不是 Word 文档：缺少 WordprocessingML 主体部件（word/document.xml）。"),
    };

    public static Message FileTooLarge(long size, long limit) => new(
        $"The file is {N(size)} bytes, more than the limit of {N(limit)} bytes.",
        $"文件大小为 {N(size)} 字节，超过上限 {N(limit)} 字节。");

    public static Message TooManyEntries(long count, long limit) => new(
        $"The package has {N(count)} entries, more than the limit of {N(limit)}.",
        $"该文件包含 {N(count)} 个部件，超过上限 {N(limit)} 个。");

    public static Message PartTooLarge(string part, long limit) => new(
        $"The part '{part}' is larger than {N(limit)} bytes once inflated (a ZIP bomb or not a report); the file is not read.",
        $"部件“{part}”解压后超过 {N(limit)} 字节（可能是 ZIP 炸弹，或并非报告），不予读取。");

    public static Message PackageTooLarge(long limit) => new(
        $"The parts of the package together are larger than {N(limit)} bytes once inflated (a ZIP bomb or not a report); the file is not read.",
        $"各部件解压后合计超过 {N(limit)} 字节（可能是 ZIP 炸弹，或并非报告），不予读取。");

    public static Message BrokenZip { get; } = new(
        "The ZIP structure of the package is damaged (a truncated or corrupt file); it cannot be read.",
        "文件的 ZIP 结构已损坏（文件不完整或已损坏），无法读取。");

    public static Message BrokenPart(string? part) => part is null
        ? new("The package is damaged: the Open XML SDK could not open it as a Word document.", "文件已损坏：Open XML SDK 无法将其作为 Word 文档打开。")
        : new($"The part '{part}' is damaged (not well-formed XML, or a document type declaration Word never writes); it cannot be read.",
            $"部件“{part}”已损坏（XML 格式不正确，或含有 Word 从不写入的文档类型声明），无法读取。");

    public static Message XmlTooDeep(string part, int limit) => new(
        $"The XML of the part '{part}' is nested deeper than {N(limit)} elements; the file is not read.",
        $"部件“{part}”的 XML 嵌套超过 {N(limit)} 层，不予读取。");

    public static Message TablesTooDeep(int limit) => new(
        $"A table is nested inside table cells deeper than {N(limit)} levels; it and the tables inside it are left out.",
        $"表格在单元格中的嵌套超过 {N(limit)} 层，该表格及其内部表格未读取。");

    public static Message TooManyCells(int limit) => new(
        $"The document has more than {N(limit)} table cells; reading stops here and what was read before is kept.",
        $"文档的表格单元格超过 {N(limit)} 个；读取到此为止，之前读取的内容保留。");

    public static Message TooManyColumns(int limit) => new(
        $"The cell reaches past {N(limit)} grid columns, the widest table read: it is clamped there, and cells past it on the row are left out.",
        $"该单元格超出表格列数上限 {N(limit)}：已截断至上限，该行超出部分的单元格未读取。");

    public static Message Internal(string exception) => new(
        $"Reading the Word file failed inside the reader ({exception}). This is a defect: please report it with the file.",
        $"读取 Word 文件时阅读器内部出错（{exception}）。这是程序缺陷，请连同文件一并报告。");

    public static Message Macros { get; } = new(
        "The document holds macros (a VBA project); they are ignored: never run, never read.",
        "文档包含宏（VBA 工程）；宏已忽略，不运行也不读取。");

    public static Message AltChunk { get; } = new(
        "The document embeds a chunk in another format (w:altChunk) whose content is not read.",
        "文档嵌入了其他格式的内容块（w:altChunk），其内容未读取。");

    public static Message SubDocument { get; } = new(
        "The document links to a sub-document (w:subDoc) that is not read: external files are never opened.",
        "文档链接了子文档（w:subDoc），未读取：从不打开外部文件。");
}
