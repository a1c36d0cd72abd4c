using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Model;

namespace Disclosure.Format.Cli;

/// <summary>A report loaded from one input, with what was found while reading it.</summary>
internal sealed record LoadedReport(InputFile Input, DisclosureReport? Report, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>What the input was read as.</summary>
    public InputFormat Format { get; init; }

    /// <summary>For an imported input (not JSON): the import's result, with the provenance of every cell.</summary>
    public ImportResult? Import { get; init; }

    /// <summary>The encoding text or HTML bytes were decoded with and how it was decided; <see langword="null"/> otherwise.</summary>
    public SourceEncoding? Encoding => Import?.SourceEncoding;

    /// <summary>
    /// Why a file found by walking a folder or matching a pattern was not read as a report (it is listed once in the
    /// command's summary, not reported on as a report); <see langword="null"/> when it was read.
    /// </summary>
    public string? SkippedBecause { get; init; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
