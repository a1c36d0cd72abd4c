namespace Disclosure.Format.Diagnostics;

/// <summary>Severity tests over a list of diagnostics, shared by the results (<see cref="IDiagnosticResult"/>).</summary>
internal static class Severities
{
    /// <summary>Whether any of <paramref name="diagnostics"/> has <paramref name="severity"/>.</summary>
    public static bool Any(IReadOnlyList<Diagnostic> diagnostics, DiagnosticSeverity severity)
    {
        for (var i = 0; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].Severity == severity) return true;
        }

        return false;
    }
}
