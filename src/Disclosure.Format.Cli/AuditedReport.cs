using Disclosure.Format.Diagnostics;
using Disclosure.Format.Model;

namespace Disclosure.Format.Cli;

/// <summary>One report as the audit saw it: its diagnostics (reading, rules, narrative) and its indicators.</summary>
internal sealed record AuditedReport(
    InputFile Input, DisclosureReport Report, string AgencyKey, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<AuditIndicator> Indicators)
{
    /// <summary>What the input was read as.</summary>
    public InputFormat Format { get; init; }

    /// <summary>The encoding text or HTML bytes were decoded with, when they were.</summary>
    public Import.SourceEncoding? Encoding { get; init; }
}
