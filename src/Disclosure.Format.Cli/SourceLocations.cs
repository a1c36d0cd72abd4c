using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;

namespace Disclosure.Format.Cli;

/// <summary>
/// Gives the diagnostics of an imported report (its rules' findings, which know only the JSON Pointer of a cell) the
/// place in the source the cell was read from: the line and column of a text, the table, row and cell (and the line and
/// column of the cell's tag) of an HTML page, the table, row and cell of a Word file, the sheet and address of a
/// workbook — from the import's per-cell provenance (<see cref="ImportResult.Provenance"/>).
/// </summary>
internal static class SourceLocations
{
    /// <summary>
    /// <paramref name="diagnostics"/>, each one without a location given that of the cell its pointer names — or, for a
    /// pointer to a row, a group or a table, that of the first cell read under it. Diagnostics that have a location
    /// keep it; for JSON inputs (<paramref name="import"/> is <see langword="null"/>) nothing changes.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Attach(IReadOnlyList<Diagnostic> diagnostics, ImportResult? import)
    {
        if (import is null || import.Provenance.Cells.Count == 0 || diagnostics.All(d => d.Location is not null)) return diagnostics;
        var cells = import.Provenance.Cells;
        var byPointer = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            if (cell.Location is { } location) byPointer.TryAdd(cell.Cell.Pointer, location);
        }

        var located = new List<Diagnostic>(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            located.Add(d.Location is null && d.Pointer.Length > 0 && Find(d.Pointer, byPointer, cells) is { } where ? d with { Location = where } : d);
        }

        return located;
    }

    private static SourceLocation? Find(string pointer, Dictionary<string, SourceLocation> byPointer, IReadOnlyList<ImportedCell> cells)
    {
        if (byPointer.TryGetValue(pointer, out var exact)) return exact;
        var prefix = pointer + "/";
        foreach (var cell in cells)
        {
            // Cells are in catalog order: the first one under the pointer is the row's (or table's) first cell.
            if (cell.Location is { } location && cell.Cell.Pointer.StartsWith(prefix, StringComparison.Ordinal)) return location;
        }

        return null;
    }
}
