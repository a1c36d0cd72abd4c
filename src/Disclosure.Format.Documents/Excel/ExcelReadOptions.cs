namespace Disclosure.Format.Documents.Excel;

/// <summary>Limits and choices for reading an Excel workbook. The defaults read any real report and stop hostile input early.</summary>
public sealed record ExcelReadOptions
{
    /// <summary>The file or source name to put in locations and diagnostics (such as <c>report.xlsx</c>); optional.</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// The most bytes one part of the package (a sheet, the shared strings) may uncompress to: 32 MiB by default. A report's
    /// largest part is well under 1 MiB. Past it: <see cref="ExcelCodes.PartTooLarge"/>.
    /// </summary>
    public long MaxPartBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>The most bytes all parts together may uncompress to: 128 MiB by default. Past it: <see cref="ExcelCodes.PackageTooLarge"/>.</summary>
    public long MaxPackageBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>The most parts (zip entries) the package may have: 10 000 by default. Past it: <see cref="ExcelCodes.TooManyParts"/>.</summary>
    public int MaxParts { get; init; } = 10_000;

    /// <summary>
    /// The most rows read from one sheet (empty rows included, as they are streamed): 1 048 576 by default, Excel's own
    /// maximum. Past it: <see cref="ExcelCodes.SheetTooLarge"/>.
    /// </summary>
    public int MaxRows { get; init; } = 1_048_576;

    /// <summary>
    /// The deepest XML nesting accepted in any part of the package: 256 elements by default (a workbook's parts nest
    /// under 20). Checked by a streaming scan before the Open XML SDK, which builds elements recursively, sees the part.
    /// Past it: <see cref="DocumentCodes.NestingTooDeep"/>; nothing is read.
    /// </summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>The most non-empty cells read from one sheet: 100 000 by default (a report has about 300). Past it: <see cref="ExcelCodes.SheetTooLarge"/>.</summary>
    public int MaxCells { get; init; } = 100_000;
}
