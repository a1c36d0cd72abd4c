namespace Disclosure.Format.Diagnostics;

/// <summary>
/// What every result of the library says the same way: its diagnostics, whether any is an error or a warning, and
/// whether the operation succeeded. Reading (<see cref="Json.ReadResult"/>), importing (<see cref="Import.ImportResult"/>),
/// validating (<see cref="Validation.ValidationResult"/>) and rolling up (<see cref="Aggregation.RollUpResult"/>) all
/// implement it, so that code handling any of them needs one vocabulary.
/// </summary>
/// <example>
/// <code>
/// static void Report(string what, IDiagnosticResult result)
/// {
///     Console.WriteLine($"{what}: {(result.Succeeded ? "ok" : "failed")}, {result.Diagnostics.Count} diagnostic(s)");
///     foreach (var d in result.Diagnostics) Console.WriteLine("  " + d);
/// }
/// </code>
/// </example>
public interface IDiagnosticResult
{
    /// <summary>Every diagnostic of the operation, in the order the operation reports them.</summary>
    IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// <see langword="true"/> when the operation produced what it was asked for (a report read, imported or rolled up;
    /// a report validated) and no diagnostic is an error. Warnings and information do not make an operation fail.
    /// </summary>
    bool Succeeded { get; }

    /// <summary>Whether any diagnostic is an <see cref="DiagnosticSeverity.Error"/>.</summary>
    bool HasErrors { get; }

    /// <summary>Whether any diagnostic is a <see cref="DiagnosticSeverity.Warning"/>.</summary>
    bool HasWarnings { get; }
}
