using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Excel;

/// <summary>
/// Reads an Excel workbook (<c>.xlsx</c>) into a <see cref="ReportDocument"/>: each sheet is split at its empty rows into
/// blocks; a block of one cell on one row is a paragraph (a heading or a note above a table), any other block is a
/// <see cref="DocumentTable"/> whose merged ranges are its cells' spans and whose empty cells are blank cells. Every
/// cell's location gives the sheet and its address (<c>'三、收到和处理政府信息公开申请情况'!D6</c>) as well as the table,
/// row and cell of its grid. The sheets <see cref="Rendering.ExcelReportRenderer"/> writes besides the tables (the
/// metadata and text sheet, the flat sheet of every cell, the rule checks) are recognised by their header row
/// (a <c>JSON Pointer</c> column), not by their names: the text sheet's title and texts become paragraphs around the
/// tables, the other two are not part of the document.
/// </summary>
/// <remarks>
/// Hostile workbooks meet the limits of <see cref="ExcelReadOptions"/>, checked before anything is parsed (part count,
/// each part's and the whole package's size as inflated) and while streaming each sheet (rows, non-empty cells). A
/// formula is never evaluated: the value Excel saved for it is read (<see cref="ExcelCodes.FormulaWithoutValue"/> when
/// there is none; <see cref="ExcelCodes.ExternalFormula"/> when it refers to another workbook). External links are
/// never followed (<see cref="ExcelCodes.ExternalLink"/>). An <c>.xls</c> file is refused with
/// <see cref="ExcelCodes.LegacyWorkbook"/>. Reading never throws on any bytes; problems are in
/// <see cref="ReportDocument.Diagnostics"/>.
/// </remarks>
/// <example>
/// <code>
/// ReportDocument document = ExcelReportReader.Read(File.ReadAllBytes("report.xlsx"), new ExcelReadOptions { SourceName = "report.xlsx" });
/// foreach (var table in document.Tables)
///     Console.WriteLine($"{table.Cells[0].Location}: {table.RowCount} × {table.ColumnCount}");
/// </code>
/// </example>
public static class ExcelReportReader
{
    /// <summary>Reads a workbook given as bytes.</summary>
    /// <param name="workbook">The <c>.xlsx</c> file's bytes.</param>
    /// <param name="options">Limits and the source name; optional.</param>
    /// <returns>The document; when the workbook cannot be read, a document without blocks whose diagnostics say why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is <see langword="null"/>.</exception>
    public static ReportDocument Read(byte[] workbook, ExcelReadOptions? options = null)
    {
        if (workbook is null) throw new ArgumentNullException(nameof(workbook));
        return WorkbookDocument.Read(workbook, options ?? new ExcelReadOptions()).Document;
    }

    /// <summary>Reads a workbook from a stream (read to its end, at most <see cref="ExcelReadOptions.MaxPackageBytes"/> bytes).</summary>
    /// <param name="workbook">The stream.</param>
    /// <param name="options">Limits and the source name; optional.</param>
    /// <returns>The document; when the workbook cannot be read, a document without blocks whose diagnostics say why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is <see langword="null"/>.</exception>
    public static ReportDocument Read(Stream workbook, ExcelReadOptions? options = null)
    {
        if (workbook is null) throw new ArgumentNullException(nameof(workbook));
        options ??= new ExcelReadOptions();
        return ReadBounded(workbook, options) is { } bytes
            ? Read(bytes, options)
            : TooLarge(options);
    }

    /// <summary>Reads a workbook file.</summary>
    /// <param name="path">The file's path; it names the source in locations unless <see cref="ExcelReadOptions.SourceName"/> is set.</param>
    /// <param name="options">Limits and the source name; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ReportDocument ReadFile(string path, ExcelReadOptions? options = null)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        options ??= new ExcelReadOptions();
        if (options.SourceName is null) options = options with { SourceName = path };
        using var stream = File.OpenRead(path);
        return Read(stream, options);
    }

    /// <summary>The stream's bytes, or <see langword="null"/> when it holds more than the package limit.</summary>
    internal static byte[]? ReadBounded(Stream stream, ExcelReadOptions options)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxPackageBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    internal static ReportDocument TooLarge(ExcelReadOptions options) =>
        new([])
        {
            SourceName = options.SourceName,
            Diagnostics =
            [
                ExcelMessages.Error(ExcelCodes.PackageTooLarge, options.SourceName, null, null, ExcelMessages.FileOverLimit(options.MaxPackageBytes)),
            ],
        };
}
