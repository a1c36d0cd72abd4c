namespace Disclosure.Format.Diagnostics;

/// <summary>
/// Where in a source a diagnostic or an imported cell was found: in a text, the 1-based line and column (in
/// characters); in a document, also (or instead) the table, row and cell of its grid, the page, or the sheet and cell
/// address. Every member is optional: a location holds what its source can tell.
/// </summary>
/// <remarks>
/// A text gives <see cref="Line"/> and <see cref="Column"/>; an HTML page gives the <see cref="Table"/>,
/// <see cref="Row"/> and <see cref="Cell"/> of a table cell and the line and column of the cell's tag; a Word file gives
/// the table, row and cell; a workbook gives the <see cref="Sheet"/> and <see cref="Address"/>; a PDF gives the
/// <see cref="Page"/> and the <see cref="Box"/> on it. <see cref="ToString"/> writes what is known, e.g. <c>report.txt(12,5)</c>,
/// <c>report.html(120,9), table 2, row 5, cell 3</c> or <c>report.xlsx, 表一!B5</c>.
/// </remarks>
public sealed record SourceLocation
{
    /// <summary>The file or source name, when known; otherwise <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>The 1-based line number in the source text, when the source has lines; otherwise <see langword="null"/>.</summary>
    public int? Line { get; init; }

    /// <summary>
    /// The 1-based column, counted in UTF-16 characters from the start of the line, when the source has lines; otherwise
    /// <see langword="null"/>.
    /// </summary>
    public int? Column { get; init; }

    /// <summary>The 1-based number of the table in the document (in reading order), when the location is in a table; otherwise <see langword="null"/>.</summary>
    public int? Table { get; init; }

    /// <summary>The 1-based row of the table's grid, when the location is in a table; otherwise <see langword="null"/>.</summary>
    public int? Row { get; init; }

    /// <summary>
    /// The 1-based column of the table's grid where the cell starts (a cell merged across columns is at its first
    /// column), when the location is in a table; otherwise <see langword="null"/>.
    /// </summary>
    public int? Cell { get; init; }

    /// <summary>The 1-based page number, when the source is paged (PDF); otherwise <see langword="null"/>.</summary>
    public int? Page { get; init; }

    /// <summary>
    /// Where on <see cref="Page"/> the location is (a table cell's box, in points from the page's top-left corner), when
    /// the source is paged (PDF); otherwise <see langword="null"/>.
    /// </summary>
    public PageBox? Box { get; init; }

    /// <summary>The name of the worksheet, when the source is a workbook; otherwise <see langword="null"/>.</summary>
    public string? Sheet { get; init; }

    /// <summary>The cell's address in A1 notation (such as <c>B5</c>), when the source is a workbook; otherwise <see langword="null"/>.</summary>
    public string? Address { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new List<string>(4);
        var position = Line is { } line ? Column is { } column ? $"({line},{column})" : $"({line})" : string.Empty;
        if (Source is not null)
        {
            parts.Add(Source + position);
        }
        else if (Line is { } l)
        {
            parts.Add(Column is { } c ? $"line {l}, column {c}" : $"line {l}");
        }

        if (Page is { } page) parts.Add(Box is null ? $"page {page}" : $"page {page} ({Box})");
        if (Table is { } table) parts.Add($"table {table}");
        if (Row is { } row) parts.Add($"row {row}");
        if (Cell is { } cell) parts.Add($"cell {cell}");
        if (Sheet is not null || Address is not null)
        {
            parts.Add(Sheet is null ? Address! : Address is null ? Sheet : $"{Sheet}!{Address}");
        }

        return parts.Count == 0 ? "(unknown location)" : string.Join(", ", parts);
    }
}
