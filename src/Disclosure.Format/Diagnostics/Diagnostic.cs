namespace Disclosure.Format.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information: nothing is wrong, but a reviewer may want to know (for example a check that could not be assessed).</summary>
    Info,

    /// <summary>Something is probably wrong or unusual, but a correct report can show it.</summary>
    Warning,

    /// <summary>Something is wrong: the document or report breaks a rule of the format.</summary>
    Error,
}

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

/// <summary>
/// One problem found in a document or report: the same shape for JSON reading, import and validation. A diagnostic is
/// located by the RFC 6901 JSON Pointer of the cell or member at fault and, where it came from a text, by its line and
/// column.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>
    /// The stable code of the problem, such as <c>DF0002</c>. Codes are append-only and never reused; tools may key on them.
    /// </summary>
    public required string Code { get; init; }

    /// <summary>How serious the problem is.</summary>
    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>
    /// The RFC 6901 JSON Pointer of the cell or member at fault (<c>""</c> for the whole document), e.g.
    /// <c>/applications/outcomes/total/naturalPerson</c>.
    /// </summary>
    public required string Pointer { get; init; }

    /// <summary>Pointers of the other cells the problem involves (the addends of a sum, for example); empty when none.</summary>
    public IReadOnlyList<string> RelatedPointers { get; init; } = [];

    /// <summary>The value the rule expected at <see cref="Pointer"/>, when it is a number; otherwise <see langword="null"/>.</summary>
    public decimal? Expected { get; init; }

    /// <summary>The value found at <see cref="Pointer"/>, when it is a number; otherwise <see langword="null"/>.</summary>
    public decimal? Actual { get; init; }

    /// <summary>The rule's formula in the format's own labels, when the problem comes from a rule; otherwise <see langword="null"/>.</summary>
    public string? Formula { get; init; }

    /// <summary>What is wrong and what was expected, in English.</summary>
    public required string Message { get; init; }

    /// <summary>What is wrong and what was expected, in Chinese.</summary>
    public required string MessageZh { get; init; }

    /// <summary>Where in the source (a text's line and column, a document's table cell, page or sheet) the problem was found, when it came from one; otherwise <see langword="null"/>.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>
    /// Whether <paramref name="other"/> is the same diagnostic: every member equal, <see cref="RelatedPointers"/> compared
    /// by its pointers in order (not by the list instance), so that a diagnostic read back or rebuilt equals the original.
    /// </summary>
    /// <param name="other">The diagnostic to compare with.</param>
    public bool Equals(Diagnostic? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Code == other.Code
            && Severity == other.Severity
            && Pointer == other.Pointer
            && Expected == other.Expected
            && Actual == other.Actual
            && Formula == other.Formula
            && Message == other.Message
            && MessageZh == other.MessageZh
            && Equals(Location, other.Location)
            && SamePointers(RelatedPointers, other.RelatedPointers));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Code.GetHashCode();
            hash = (hash * 31) + (int)Severity;
            hash = (hash * 31) + Pointer.GetHashCode();
            hash = (hash * 31) + Expected.GetHashCode();
            hash = (hash * 31) + Actual.GetHashCode();
            hash = (hash * 31) + (Formula?.GetHashCode() ?? 0);
            hash = (hash * 31) + Message.GetHashCode();
            hash = (hash * 31) + (Location?.GetHashCode() ?? 0);
            foreach (var pointer in RelatedPointers) hash = (hash * 31) + pointer.GetHashCode();
            return hash;
        }
    }

    private static bool SamePointers(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var where = Location is null ? Pointer : Pointer.Length == 0 ? Location.ToString() : $"{Location} {Pointer}";
        return $"{Severity.ToString().ToLowerInvariant()} {Code} at {(where.Length == 0 ? "/" : where)}: {Message}";
    }
}
