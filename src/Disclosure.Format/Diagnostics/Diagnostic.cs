namespace Disclosure.Format.Diagnostics;

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

    /// <summary>Where in the source (a text's line and column, a document's table cell, page or sheet) the problem was found, when it came from one; otherwise <see langword="null"/>.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>
    /// Whether <paramref name="other"/> is the same diagnostic: every member equal, <see cref="RelatedPointers"/> compared
    /// by its pointers in order (not by the list instance), so that a diagnostic read back or rebuilt equals the original.
    /// </summary>
    /// <param name="other">The diagnostic to compare with.</param>
    public bool Equals(Diagnostic? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Code == other.Code
            && Severity == other.Severity
            && Pointer == other.Pointer
            && Expected == other.Expected
            && Actual == other.Actual
            && Formula == other.Formula
            && Message == other.Message
            && MessageZh == other.MessageZh
            && Equals(Location, other.Location)
            && SamePointers(RelatedPointers, other.RelatedPointers));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Code.GetHashCode();
            hash = (hash * 31) + (int)Severity;
            hash = (hash * 31) + Pointer.GetHashCode();
            hash = (hash * 31) + Expected.GetHashCode();
            hash = (hash * 31) + Actual.GetHashCode();
            hash = (hash * 31) + (Formula?.GetHashCode() ?? 0);
            hash = (hash * 31) + Message.GetHashCode();
            hash = (hash * 31) + (Location?.GetHashCode() ?? 0);
            foreach (var pointer in RelatedPointers) hash = (hash * 31) + pointer.GetHashCode();
            return hash;
        }
    }

    private static bool SamePointers(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var where = Location is null ? Pointer : Pointer.Length == 0 ? Location.ToString() : $"{Location} {Pointer}";
        return $"{Severity.ToString().ToLowerInvariant()} {Code} at {(where.Length == 0 ? "/" : where)}: {Message}";
    }
}
