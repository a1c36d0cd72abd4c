using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Validation;

/// <summary>
/// The outcome of validating a report: its diagnostics in rule order and their counts by severity. A report with no
/// diagnostics shares one immutable result, so validating a clean report allocates nothing.
/// </summary>
public sealed class ValidationResult : IDiagnosticResult
{
    internal static readonly ValidationResult Clean = new([]);

    internal ValidationResult(Diagnostic[] diagnostics)
    {
        Diagnostics = Array.AsReadOnly(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error:
                    ErrorCount++;
                    break;
                case DiagnosticSeverity.Warning:
                    WarningCount++;
                    break;
                default:
                    InfoCount++;
                    break;
            }
        }
    }

    /// <summary>
    /// Every diagnostic, in the order of the rules of the <see cref="RuleSet"/> and, within a rule, in the order of its
    /// checks (official row and column order).
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>How many diagnostics are errors (a rule of the format is broken).</summary>
    public int ErrorCount { get; }

    /// <summary>How many diagnostics are warnings (probably wrong, but a correct report can show it).</summary>
    public int WarningCount { get; }

    /// <summary>How many diagnostics are information (blank cells, checks that could not be assessed).</summary>
    public int InfoCount { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>Whether any diagnostic is a warning.</summary>
    public bool HasWarnings => WarningCount > 0;

    /// <summary>
    /// Whether the report breaks no rule: no error (warnings and information may remain). Said as every result of the
    /// library says it (<see cref="IDiagnosticResult"/>).
    /// </summary>
    public bool Succeeded => ErrorCount == 0;

    /// <inheritdoc />
    public override string ToString() => $"{ErrorCount} error(s), {WarningCount} warning(s), {InfoCount} info";
}
