namespace Disclosure.Format.Documents.Excel;

/// <summary>
/// The stable diagnostic codes of the Excel workbook reader (<c>DF6200</c>–<c>DF6299</c>). Codes are append-only: a
/// code is never reused for another meaning. Every diagnostic says where (the file, and the sheet and cell address
/// where there is one) and what was expected.
/// </summary>
public static class ExcelCodes
{
    /// <summary><c>DF6200</c> (error): the bytes are not an Excel workbook (<c>.xlsx</c>): not a zip package, or a package without a workbook part.</summary>
    public const string NotAWorkbook = "DF6200";

    /// <summary>
    /// <c>DF6201</c> (error): the file is an Excel 97–2003 workbook (<c>.xls</c>, an OLE2 compound file) or an encrypted
    /// workbook, which this reader does not read; save it as an Excel workbook (<c>.xlsx</c>) without a password.
    /// </summary>
    public const string LegacyWorkbook = "DF6201";

    /// <summary>
    /// <c>DF6202</c> (error): one part of the package uncompresses to more than
    /// <see cref="ExcelReadOptions.MaxPartBytes"/> (a zip bomb, or a sheet far larger than any report); nothing is read.
    /// </summary>
    public const string PartTooLarge = "DF6202";

    /// <summary><c>DF6203</c> (error): the package's parts together uncompress to more than <see cref="ExcelReadOptions.MaxPackageBytes"/>; nothing is read.</summary>
    public const string PackageTooLarge = "DF6203";

    /// <summary><c>DF6204</c> (error): the package has more than <see cref="ExcelReadOptions.MaxParts"/> parts; nothing is read.</summary>
    public const string TooManyParts = "DF6204";

    /// <summary><c>DF6205</c> (warning): the workbook links to other workbooks (external links); they are never opened or followed.</summary>
    public const string ExternalLink = "DF6205";

    /// <summary>
    /// <c>DF6206</c> (warning): a cell's formula refers to another workbook; the value Excel last saved for it (its
    /// cached value) is read, and the formula is never evaluated.
    /// </summary>
    public const string ExternalFormula = "DF6206";

    /// <summary><c>DF6207</c> (warning): a cell holds a formula without a saved value; formulas are never evaluated, so the cell is read as blank.</summary>
    public const string FormulaWithoutValue = "DF6207";

    /// <summary>
    /// <c>DF6208</c> (warning): a sheet has more rows or non-empty cells than <see cref="ExcelReadOptions.MaxRows"/> /
    /// <see cref="ExcelReadOptions.MaxCells"/>, and the rest of the sheet is not read; or a block of cells (rows between
    /// empty rows) spans more than 65 536 slots from its first to its last written cell (<c>A1</c> and <c>XFD256</c>),
    /// or the workbook's blocks together more than 262 144, and the block is not read.
    /// </summary>
    public const string SheetTooLarge = "DF6208";

    /// <summary>
    /// <c>DF6209</c> (warning): a row of the metadata and text sheet (<c>报告信息和文字</c>) cannot be read: its JSON Pointer is
    /// not one the sheet has, or its value is not of the member's type (a year that is not a number, a date that is not
    /// <c>yyyy-MM-dd</c>); the member is left as the tables' import gave it.
    /// </summary>
    public const string TextSheetValue = "DF6209";

    /// <summary>
    /// <c>DF6210</c> (warning): the flat sheet of every cell (<c>全部单元格</c>) gives a value that differs from the cell of
    /// the table sheet; the table sheet, in the official layout, is what is read.
    /// </summary>
    public const string FlatSheetDisagrees = "DF6210";

    /// <summary>
    /// <c>DF6211</c> (warning): a cell's type attribute (<c>t</c>) is not one of the types Excel defines (<c>n</c>,
    /// <c>s</c>, <c>inlineStr</c>, <c>b</c>, <c>str</c>, <c>e</c>, <c>d</c>): a damaged or hand-made file. The cell is
    /// read as blank, never guessed; the diagnostic gives its sheet and address.
    /// </summary>
    public const string UnknownCellType = "DF6211";
}
