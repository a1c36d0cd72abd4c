namespace Disclosure.Format.Indicators;

/// <summary>What an indicator's value is.</summary>
public enum IndicatorUnit
{
    /// <summary>A number of applications, cases or documents.</summary>
    Count,

    /// <summary>A ratio as an exact decimal fraction (0.25 for 25 %).</summary>
    Ratio,
}
