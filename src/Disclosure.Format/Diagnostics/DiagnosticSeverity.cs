namespace Disclosure.Format.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information: nothing is wrong, but a reviewer may want to know (for example a check that could not be assessed).</summary>
    Info,

    /// <summary>Something is probably wrong or unusual, but a correct report can show it.</summary>
    Warning,

    /// <summary>Something is wrong: the document or report breaks a rule of the format.</summary>
    Error,
}
