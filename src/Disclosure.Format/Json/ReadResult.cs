using Disclosure.Format.Diagnostics;
using Disclosure.Format.Model;

namespace Disclosure.Format.Json;

/// <summary>
/// The outcome of reading a JSON document: the report, or the errors that prevented reading it. Strict reading stops
/// at the first error, so a failed read has exactly one error diagnostic.
/// </summary>
public sealed class ReadResult : IDiagnosticResult
{
    internal ReadResult(DisclosureReport? report, IReadOnlyList<Diagnostic> diagnostics, int? line = null)
    {
        Report = report;
        Diagnostics = diagnostics;
        Line = line;
    }

    /// <summary>The report read, or <see langword="null"/> when the document could not be read.</summary>
    public DisclosureReport? Report { get; }

    /// <summary>The problems found; empty after a successful strict read.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// The 1-based line of the document in a JSON Lines input (see <see cref="DisclosureJson.ReadLines"/>);
    /// <see langword="null"/> for a single document.
    /// </summary>
    public int? Line { get; }

    /// <summary><see langword="true"/> when a report was read (a report read never comes with an error).</summary>
    public bool Succeeded => Report is not null && !HasErrors;

    /// <summary>Whether any diagnostic is an error: always so when no report was read.</summary>
    public bool HasErrors => Severities.Any(Diagnostics, DiagnosticSeverity.Error);

    /// <summary>Whether any diagnostic is a warning.</summary>
    public bool HasWarnings => Severities.Any(Diagnostics, DiagnosticSeverity.Warning);

    /// <summary>Returns the report, or throws <see cref="DisclosureFormatException"/> carrying the diagnostics.</summary>
    /// <exception cref="DisclosureFormatException">The document could not be read.</exception>
    public DisclosureReport GetReportOrThrow() => Report ?? throw new DisclosureFormatException(Diagnostics);
}
