using System.Globalization;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Pdf;

/// <summary>The PDF reader's messages, in English and Chinese, in one place (one per code and case).</summary>
internal static class PdfMessages
{
    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static Message NotAPdf(string? lookalike) => lookalike switch
    {
        "zip" => new(
            "The file is a ZIP package (a Word .docx or Excel .xlsx file), not a PDF. Import it as Word or Excel.",
            "该文件是 ZIP 包（Word .docx 或 Excel .xlsx 文件），不是 PDF。请按 Word 或 Excel 导入。"),
        "ole" => new(
            "The file is an OLE2 compound file (a Word 97-2003 .doc or an old .xls), not a PDF.",
            "该文件是 OLE2 复合文件（Word 97-2003 .doc 或旧版 .xls），不是 PDF。"),
        "html" => new("The file is an HTML page, not a PDF. Import it as HTML.", "该文件是 HTML 网页，不是 PDF。请按 HTML 导入。"),
        "empty" => new("The file is empty: a PDF starts with '%PDF-'.", "文件为空：PDF 文件应以“%PDF-”开头。"),
        _ => new(
            "The file is not a PDF: a PDF starts with '%PDF-' within its first 1,024 bytes, and these bytes do not.",
            "该文件不是 PDF：PDF 文件的前 1,024 个字节内应有“%PDF-”，而该文件没有。"),
    };

    public static Message Encrypted { get; } = new(
        "The PDF is encrypted with a password needed to open it; it cannot be read. Save an unprotected copy (print to PDF, or qpdf --decrypt with the password) and import that.",
        "该 PDF 已加密，需要密码才能打开，无法读取。请另存一份未加密的副本（打印为 PDF，或使用密码运行 qpdf --decrypt）后再导入。");

    public static Message Damaged(string detail) => new(
        $"The PDF is damaged and could not be opened ({detail}): a truncated file, a broken cross-reference table or a missing page tree.",
        $"该 PDF 已损坏，无法打开（{detail}）：文件不完整、交叉引用表损坏或缺少页面树。");

    public static Message NumbersNotPlaced(string numbers) => new(
        $"A row of a table without rules holds numbers ({numbers}) that cannot be placed one to a column: the row's values are left blank, not guessed. Check them against the page.",
        $"无框线表格的一行中的数字（{numbers}）无法逐一对应到列：该行的数值留空，不作猜测。请对照页面核对。");

    public static Message NoPages { get; } = new("The PDF has no pages.", "该 PDF 没有页面。");

    public static Message NoTextLayer(bool images) => images
        ? new(
            "The PDF has no text layer: its pages are images (a scan). Nothing can be read from it without optical character recognition; publish or request the report as text (HTML, Word or a PDF exported from the document).",
            "该 PDF 没有文本层：页面是图片（扫描件）。不经文字识别（OCR）无法读取任何内容；请以文本形式（HTML、Word 或由文档导出的 PDF）发布或索取报告。")
        : new(
            "The PDF has no text at all: no page holds text or images that could be read.",
            "该 PDF 不含任何文本：没有页面包含可读取的文字或图片。");

    public static Message TablesAsImages { get; } = new(
        "The PDF has text but no table was found, and its pages hold images: the tables are probably pictures, whose cells cannot be read.",
        "该 PDF 有文字但未找到表格，且页面含有图片：表格可能是图片，其单元格无法读取。");

    public static Message TooManyPages(int pages, int limit) => new(
        $"The PDF has {N(pages)} pages, more than the limit of {N(limit)}; it is not read.",
        $"该 PDF 共 {N(pages)} 页，超过上限 {N(limit)} 页，不予读取。");

    public static Message StreamTooLarge(long limit, bool total) => total
        ? new(
            $"The streams of the PDF are larger than {N(limit)} bytes together once decoded (a compression bomb, or not a report); reading stops here.",
            $"该 PDF 的数据流解码后合计超过 {N(limit)} 字节（可能是压缩炸弹，或并非报告）；读取到此为止。")
        : new(
            $"A stream of the PDF is larger than {N(limit)} bytes once decoded (a compression bomb, or not a report); reading stops here.",
            $"该 PDF 的某个数据流解码后超过 {N(limit)} 字节（可能是压缩炸弹，或并非报告）；读取到此为止。");

    public static Message TooManyLetters(int count, int limit) => new(
        $"The page holds {N(count)} characters, more than the limit of {N(limit)}; reading stops here and the pages read before are kept.",
        $"该页包含 {N(count)} 个字符，超过上限 {N(limit)} 个；读取到此为止，之前读取的页面保留。");

    public static Message TooManyPaths(int count, int limit) => new(
        $"The page draws {N(count)} paths, more than the limit of {N(limit)}; reading stops here and the pages read before are kept.",
        $"该页包含 {N(count)} 个图形路径，超过上限 {N(limit)} 个；读取到此为止，之前读取的页面保留。");

    public static Message TooSlow(TimeSpan limit) => new(
        $"Reading the page took longer than {limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s; it is left out, reading stops there and the pages read before are kept.",
        $"读取该页耗时超过 {limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} 秒；该页未读取，读取到此为止，之前已读取的页面保留。");

    public static Message PageNotRead(string detail) => new(
        $"The page could not be read ({detail}); it is left out and the other pages are read.",
        $"该页无法读取（{detail}）；已跳过，其余页面照常读取。");

    public static Message PageWithoutText(bool images) => images
        ? new("The page has no text layer: it is an image (a scanned page); its content cannot be read.", "该页没有文本层：它是图片（扫描页），其内容无法读取。")
        : new("The page holds no text.", "该页不含文字。");

    public static Message FileTooLarge(long size, long limit) => new(
        $"The file is {N(size)} bytes, more than the limit of {N(limit)} bytes.",
        $"文件大小为 {N(size)} 字节，超过上限 {N(limit)} 字节。");

    public static Message Internal(string exception) => new(
        $"Reading the PDF failed inside the reader ({exception}). This is a defect: please report it with the file.",
        $"读取 PDF 时阅读器内部出错（{exception}）。这是程序缺陷，请连同文件一并报告。");
}
