namespace Disclosure.Format.Validation;

/// <summary>What kind of check a <see cref="Rule"/> performs.</summary>
public enum RuleKind
{
    /// <summary>A <see cref="SumRule"/>: a cell equals (or is bounded by) a signed sum of other cells.</summary>
    Sum,

    /// <summary>Every count is a non-negative whole number (<see cref="RuleCodes.InvalidCount"/>).</summary>
    CountDomain,

    /// <summary>Every amount of money is non-negative (<see cref="RuleCodes.NegativeAmount"/>).</summary>
    AmountDomain,

    /// <summary>Blank table cells are reported (<see cref="RuleCodes.BlankCell"/>).</summary>
    BlankCell,

    /// <summary>A blank total beside filled parts is reported (<see cref="RuleCodes.BlankTotal"/>).</summary>
    BlankTotal,

    /// <summary>Required parts that are <see langword="null"/> are reported (<see cref="RuleCodes.MissingPart"/>).</summary>
    MissingPart,

    /// <summary>The report year is checked against a lower and/or upper bound.</summary>
    ReportYear,

    /// <summary>A cross-year check of the two reports' metadata (same agency, consecutive years).</summary>
    PairMetadata,

    /// <summary>A <see cref="CustomRule"/> supplied by the caller.</summary>
    Custom,
}
