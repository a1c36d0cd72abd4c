using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Aggregation;

/// <summary>
/// The outcome of a roll-up (<see cref="ReportRollUp.Sum"/>): the summed report, each summed cell with its
/// contributors, and the diagnostics.
/// </summary>
public sealed class RollUpResult : IDiagnosticResult
{
    private readonly RolledUpCell[] cells;

    internal RollUpResult(DisclosureReport? report, IReadOnlyList<DisclosureReport> parts, IReadOnlyList<string> partNames,
        RolledUpCell[] cells, IReadOnlyList<Diagnostic> diagnostics, bool treatBlanksAsZero)
    {
        Report = report;
        Parts = parts;
        PartNames = partNames;
        this.cells = cells;
        Diagnostics = diagnostics;
        TreatBlanksAsZero = treatBlanksAsZero;
    }

    /// <summary>
    /// The summed report (of the parts' edition and year, with the caller's agency; free-text sections empty), or
    /// <see langword="null"/> when the parts cannot be summed (none, mixed editions or years).
    /// </summary>
    public DisclosureReport? Report { get; }

    /// <summary>The summed reports, in the order given.</summary>
    public IReadOnlyList<DisclosureReport> Parts { get; }

    /// <summary>The name of each part (the caller's, or each report's agency).</summary>
    public IReadOnlyList<string> PartNames { get; }

    /// <summary>Every summed cell in catalog order; empty when <see cref="Report"/> is <see langword="null"/>.</summary>
    public IReadOnlyList<RolledUpCell> Cells => cells;

    /// <summary>Errors (mixed editions or years, sums out of range) and information (cells blank because a part was blank).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether blank cells of the parts were counted as 0 (<see cref="RollUpOptions.TreatBlanksAsZero"/>).</summary>
    public bool TreatBlanksAsZero { get; }

    /// <summary><see langword="true"/> when a report was built and no diagnostic is an error.</summary>
    public bool Succeeded => Report is not null && !HasErrors;

    /// <summary>Whether any diagnostic is an error (mixed editions or years, a sum out of range).</summary>
    public bool HasErrors => Severities.Any(Diagnostics, DiagnosticSeverity.Error);

    /// <summary>Whether any diagnostic is a warning.</summary>
    public bool HasWarnings => Severities.Any(Diagnostics, DiagnosticSeverity.Warning);

    /// <summary>Finds the summed cell at a catalog pointer, or returns <see langword="null"/>.</summary>
    public RolledUpCell? FindCell(string pointer)
    {
        if (Report is null || pointer is null) return null;
        return LayoutCatalog.For(Report.Edition).FindCell(pointer) is { } cell ? cells[cell.Index] : null;
    }
}
