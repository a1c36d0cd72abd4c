using Disclosure.Format.Diagnostics;
using Disclosure.Format.Model;

namespace Disclosure.Format.Import;

/// <summary>The outcome of importing a report's text: the report (when one could be built), its edition, the diagnostics and where each cell came from.</summary>
public sealed record ImportResult
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

    /// <summary><see langword="true"/> when a report was built and no diagnostic is an error.</summary>
    public bool Succeeded => Report is not null && Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
