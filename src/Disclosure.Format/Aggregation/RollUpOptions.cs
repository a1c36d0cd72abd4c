namespace Disclosure.Format.Aggregation;

/// <summary>Options of a roll-up (<see cref="ReportRollUp.Sum"/>).</summary>
public sealed record RollUpOptions
{
    /// <summary>The agency the roll-up is reported for (机关名称 of the summed report), e.g. <c>示例县人民政府</c>.</summary>
    public required string Agency { get; init; }

    /// <summary>An optional title for the summed report (<c>ReportMetadata.Title</c>).</summary>
    public string? Title { get; init; }

    /// <summary>
    /// When <see langword="true"/>, a blank cell of a part counts as 0 in the sum, and every summed cell that
    /// included such a blank says so (<see cref="RolledUpCell.BlanksTreatedAsZero"/>). By default
    /// (<see langword="false"/>) a blank part makes the summed cell blank: a blank is not 0.
    /// </summary>
    public bool TreatBlanksAsZero { get; init; }

    /// <summary>
    /// Names of the parts in the order of the reports, used in messages and <see cref="RollUpResult.PartNames"/>;
    /// by default each report's <c>Metadata.Agency</c>. When given, it must have one name per report.
    /// </summary>
    public IReadOnlyList<string>? PartNames { get; init; }
}
