using Disclosure.Format.Diagnostics;
using Disclosure.Format.Model;

namespace Disclosure.Format.Import;

/// <summary>The outcome of importing a report's text: the report (when one could be built), its edition, the diagnostics and where each cell came from.</summary>
public sealed record ImportResult : IDiagnosticResult
{
    /// <summary>
    /// The imported report, or <see langword="null"/> when the text holds no report or its edition is not available.
    /// Cells that could not be read with certainty are blank (<see langword="null"/>) and have a diagnostic.
    /// </summary>
    public DisclosureReport? Report { get; init; }

    /// <summary>The edition detected from the layout of the tables (or the one requested), or <see langword="null"/> when no table was found.</summary>
    public ReportEdition? Edition { get; init; }

    /// <summary>Everything worth knowing about the import, each with its source line and column and, where known, the JSON Pointer.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Per cell: what was written and where.</summary>
    public required ImportProvenance Provenance { get; init; }

    /// <summary>
    /// The encoding the input's bytes were decoded with and how it was decided, when the input was bytes
    /// (<see cref="ReportTextImporter.Import(byte[], ImportOptions?)"/>); <see langword="null"/> when it was a string, or
    /// when the bytes could not be decoded. A text that was not UTF-8 also has an information diagnostic
    /// (<see cref="ImportCodes.EncodingUsed"/>) saying the same.
    /// </summary>
    public SourceEncoding? SourceEncoding { get; init; }

    /// <summary>
    /// What in the text showed it to be a report: its title line (<see cref="ReportEvidence.TitleLine"/>: the title read
    /// names <c>政府信息公开</c> and, after it, <c>报告</c>, with no Latin letter), a table of the format
    /// (<see cref="ReportEvidence.Table"/>: at least half the cells of one table were found in rows recognised by their
    /// labels, with a number, a written "none" or an empty field of a delimited row for each; digits that could not be told apart
    /// do not count), both, or <see cref="ReportEvidence.None"/>. A text with no evidence is
    /// not a report even when a report could be built from it (a README that quotes a row label and a number gives a
    /// report of year 0 with one filled row): callers that read files they did not choose, such as the
    /// <c>disclosure</c> tool walking a folder, skip it, and report a file they were given with
    /// <see cref="ImportCodes.NotAReport"/>. Always <see cref="ReportEvidence.None"/> when <see cref="Report"/> is
    /// <see langword="null"/>. The rule reads only the result (its report's title and its provenance), so it holds for
    /// every importer that returns an <see cref="ImportResult"/>: text, HTML, Word and Excel.
    /// </summary>
    public ReportEvidence Evidence
    {
        get
        {
            if (Report is not { } report) return ReportEvidence.None;
            var evidence = ReportEvidence.None;
            if (IsTitleLine(report.Metadata.Title)) evidence |= ReportEvidence.TitleLine;
            if (HasTable(report.Edition, Provenance)) evidence |= ReportEvidence.Table;
            return evidence;
        }
    }

    private static bool IsTitleLine(string? title)
    {
        if (title is null || title.Length > 100) return false;
        var folded = SourceText.FoldString(title);
        var at = folded.IndexOf("政府信息公开", StringComparison.Ordinal);
        if (at < 0 || folded.IndexOf("报告", at, StringComparison.Ordinal) < 0) return false;
        foreach (var c in folded)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') return false;
        }

        return true;
    }

    private static bool HasTable(ReportEdition edition, ImportProvenance provenance)
    {
        if (provenance.Cells.Count == 0) return false;
        Layout.LayoutCatalog catalog;
        try
        {
            catalog = Layout.LayoutCatalog.For(edition);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }

        foreach (var table in catalog.Tables)
        {
            var cells = catalog.Cells.Count(c => c.Table == table);
            var written = provenance.Cells.Count(c => c.Cell.Table == table
                && c.Kind is CellReadingKind.Number or CellReadingKind.Split or CellReadingKind.NoneMarker or CellReadingKind.Blank);
            if (cells > 0 && written * 2 >= cells) return true;
        }

        return false;
    }

    /// <summary><see langword="true"/> when a report was built and no diagnostic is an error.</summary>
    public bool Succeeded => Report is not null && !HasErrors;

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Severities.Any(Diagnostics, DiagnosticSeverity.Error);

    /// <summary>Whether any diagnostic is a warning (a cell left blank and flagged, a guess to confirm).</summary>
    public bool HasWarnings => Severities.Any(Diagnostics, DiagnosticSeverity.Warning);
}
