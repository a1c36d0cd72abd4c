namespace Disclosure.Format.Aggregation;

/// <summary>Options of a hierarchy check (<see cref="HierarchyCheck.Check"/>).</summary>
public sealed record HierarchyOptions
{
    /// <summary>
    /// The names of the children the parent's report is expected to cover (its departments, 乡镇, 片区). Each name that
    /// matches no child's name is reported as missing (<see cref="Comparison.ComparisonCodes.HierarchyMissingChild"/>),
    /// each child that matches no name as unexpected. Names are compared after removing white space and unifying
    /// full-width and half-width brackets; a name also matches a child whose name ends with it (<c>社会事业局</c>
    /// matches <c>平潭综合实验区社会事业局</c>). <see langword="null"/>: no expectation, nothing is reported missing.
    /// </summary>
    public IReadOnlyList<string>? ExpectedChildren { get; init; }

    /// <summary>
    /// Names of the children in the order of their reports; by default each report's <c>Metadata.Agency</c>. When
    /// given, it must have one name per report.
    /// </summary>
    public IReadOnlyList<string>? ChildNames { get; init; }

    /// <summary>Sum the children with blank cells counted as 0 (see <see cref="RollUpOptions.TreatBlanksAsZero"/>).</summary>
    public bool TreatBlanksAsZero { get; init; }
}
