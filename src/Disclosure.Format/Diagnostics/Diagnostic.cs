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

/// <summary>Where in a source text a diagnostic was found: 1-based line and column (in characters).</summary>
public sealed record SourceLocation
{
    /// <summary>The file or source name, when known; otherwise <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>The 1-based line number.</summary>
    public required int Line { get; init; }

    /// <summary>The 1-based column, counted in UTF-16 characters from the start of the line.</summary>
    public required int Column { get; init; }

    /// <inheritdoc />
    public override string ToString() => Source is null ? $"line {Line}, column {Column}" : $"{Source}({Line},{Column})";
}

/// <summary>
/// One problem found in a document or report: the same shape for JSON reading, import and validation. A diagnostic is
/// located by the RFC 6901 JSON Pointer of the cell or member at fault and, where it came from a text, by its line and
/// column.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>
    /// The stable code of the problem, such as <c>DF0002</c>. Codes are append-only and never reused; tools may key on them.
    /// </summary>
    public required string Code { get; init; }

    /// <summary>How serious the problem is.</summary>
    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>
    /// The RFC 6901 JSON Pointer of the cell or member at fault (<c>""</c> for the whole document), e.g.
    /// <c>/applications/outcomes/total/naturalPerson</c>.
    /// </summary>
    public required string Pointer { get; init; }

    /// <summary>Pointers of the other cells the problem involves (the addends of a sum, for example); empty when none.</summary>
    public IReadOnlyList<string> RelatedPointers { get; init; } = [];

    /// <summary>The value the rule expected at <see cref="Pointer"/>, when it is a number; otherwise <see langword="null"/>.</summary>
    public decimal? Expected { get; init; }

    /// <summary>The value found at <see cref="Pointer"/>, when it is a number; otherwise <see langword="null"/>.</summary>
    public decimal? Actual { get; init; }

    /// <summary>The rule's formula in the format's own labels, when the problem comes from a rule; otherwise <see langword="null"/>.</summary>
    public string? Formula { get; init; }

    /// <summary>What is wrong and what was expected, in English.</summary>
    public required string Message { get; init; }

    /// <summary>What is wrong and what was expected, in Chinese.</summary>
    public required string MessageZh { get; init; }

    /// <summary>Where in the source text the problem was found, when it came from a text; otherwise <see langword="null"/>.</summary>
    public SourceLocation? Location { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var where = Location is null ? Pointer : Pointer.Length == 0 ? Location.ToString() : $"{Location} {Pointer}";
        return $"{Severity.ToString().ToLowerInvariant()} {Code} at {(where.Length == 0 ? "/" : where)}: {Message}";
    }
}
