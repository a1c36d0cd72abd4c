namespace Disclosure.Format.Indicators;

/// <summary>One indicator for the two reports of a comparison.</summary>
public sealed class IndicatorChange
{
    internal IndicatorChange(IndicatorValue previous, IndicatorValue current)
    {
        Previous = previous;
        Current = current;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator => Current.Indicator;

    /// <summary>The indicator for the previous report (without a report before it, so year-over-year indicators are <see cref="IndicatorStatus.NoPreviousReport"/>).</summary>
    public IndicatorValue Previous { get; }

    /// <summary>The indicator for the current report, with the previous report as its previous year.</summary>
    public IndicatorValue Current { get; }

    /// <summary>Current − previous when both are computed; otherwise <see langword="null"/>.</summary>
    public decimal? Difference => Previous.Value is { } a && Current.Value is { } b ? b - a : null;
}
