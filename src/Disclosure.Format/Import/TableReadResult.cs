namespace Disclosure.Format.Import;

/// <summary>
/// The cells read for one catalog, with what is needed to judge how well the text fits that catalog. The choice
/// among the readings of run-together rows (and so the cells, their provenance and the diagnostics about them) is
/// made on first use of <see cref="Values"/>, <see cref="Provenance"/> or <see cref="Diagnostics"/>: only for the
/// catalog that is chosen.
/// </summary>
internal sealed class TableReadResult(Func<(decimal?[] Values, List<ImportedCell> Provenance, DiagnosticSink Diagnostics)> complete)
{
    private (decimal?[] Values, List<ImportedCell> Provenance, DiagnosticSink Diagnostics)? completed;

    private (decimal?[] Values, List<ImportedCell> Provenance, DiagnosticSink Diagnostics) Completed => completed ??= complete();

    public decimal?[] Values => Completed.Values;

    public List<ImportedCell> Provenance => Completed.Provenance;

    public DiagnosticSink Diagnostics => Completed.Diagnostics;

    /// <summary>How well the text fits the catalog's layout (higher is better).</summary>
    public required double Fit { get; init; }

    /// <summary>How well the text fits the catalog's largest table, which decides between editions.</summary>
    public required double DecisiveFit { get; init; }

    public required int TablesFound { get; init; }
}
