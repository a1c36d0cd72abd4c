using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Cli;

/// <summary>Counts per severity of a list of diagnostics.</summary>
internal static class Severities
{
    public static (int Errors, int Warnings) Count(IEnumerable<Diagnostic> diagnostics)
    {
        int errors = 0, warnings = 0;
        foreach (var d in diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error) errors++;
            else if (d.Severity == DiagnosticSeverity.Warning) warnings++;
        }

        return (errors, warnings);
    }
}
