using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Narrative;

/// <summary>The outcome of <see cref="NarrativeCheck.Check"/>: every figure tied to a cell, and a warning for each that differs.</summary>
public sealed class NarrativeCheckResult
{
    internal NarrativeCheckResult(IReadOnlyList<NarrativeStatement> statements, IReadOnlyList<Diagnostic> diagnostics)
    {
        Statements = statements;
        Diagnostics = diagnostics;
    }

    /// <summary>The figures found and tied to a cell, in the order of the sections and of the text.</summary>
    public IReadOnlyList<NarrativeStatement> Statements { get; }

    /// <summary>
    /// One warning (<see cref="Validation.RuleCodes.NarrativeMismatch"/> or <see cref="Validation.RuleCodes2019.NarrativeMismatch"/>)
    /// per figure that differs from its cells; empty when the narrative agrees with the tables.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
