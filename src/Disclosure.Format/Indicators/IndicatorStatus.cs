namespace Disclosure.Format.Indicators;

/// <summary>Whether an indicator could be computed for a report, and if not, why.</summary>
public enum IndicatorStatus
{
    /// <summary>The value is computed.</summary>
    Computed,

    /// <summary>A cell the formula names is blank (and the indicator treats blanks as not computable).</summary>
    BlankInput,

    /// <summary>A denominator is 0 (and the indicator treats that as not computable).</summary>
    ZeroDenominator,

    /// <summary>The formula names the previous year's report and none was given.</summary>
    NoPreviousReport,

    /// <summary>The indicator has no formula for the report's edition.</summary>
    NotDefinedForEdition,

    /// <summary>An intermediate result exceeded the range of <see cref="decimal"/>.</summary>
    OutOfRange,
}
