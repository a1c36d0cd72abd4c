using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents;

/// <summary>
/// The messages of <see cref="ReportDocumentImporter"/>, in English and Chinese, in one place: the code
/// <see cref="DocumentCodes.MergedValueCell"/> (<c>DF6004</c>). The readers' own messages are in
/// <see cref="Html.HtmlMessages"/>, <see cref="Word.WordMessages"/>, <see cref="Pdf.PdfMessages"/> and
/// <see cref="Excel.ExcelMessages"/>.
/// </summary>
internal static class DocumentMessages
{
    /// <summary><c>DF6004</c>: a merged cell's value is read for its first report cell (<paramref name="pointer"/>, empty when none).</summary>
    /// <param name="cell">The merged cell.</param>
    /// <param name="pointer">The pointer of the report cell its value is read for; empty when it is not a report cell.</param>
    /// <param name="covered">The pointers of the other report cells it covers, joined with ", ".</param>
    public static Message MergedValueCell(DocumentCell cell, string pointer, string covered) => new(
        $"The cell '{cell.Text}' spans {cell.RowSpan} rows × {cell.ColumnSpan} columns: its value is read for {(pointer.Length == 0 ? "its first cell" : pointer)}; the report's cells it also covers ({covered}) are left blank, not given a copy of it.",
        $"单元格“{cell.Text}”跨 {cell.RowSpan} 行 × {cell.ColumnSpan} 列：其值计入{(pointer.Length == 0 ? "其首个单元格" : pointer)}；它同时覆盖的报告单元格（{covered}）留空，不复制该值。");
}
