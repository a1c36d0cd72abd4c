using Disclosure.Format.Indicators;

namespace Disclosure.Format.Cli;

/// <summary>One indicator's value for a report: blank when a cell it needs is blank or its denominator is 0.</summary>
internal readonly record struct AuditIndicator(string Code, string Name, string NameZh, decimal? Value, bool IsRatio)
{
    /// <summary>The indicators of the default catalog (<see cref="IndicatorCatalog.Default"/>) as the audit keeps them.</summary>
    public static AuditIndicator[] From(IReadOnlyList<IndicatorValue> values)
    {
        var indicators = new AuditIndicator[values.Count];
        for (var i = 0; i < indicators.Length; i++) indicators[i] = From(values[i]);
        return indicators;
    }

    /// <summary>One indicator's value as the audit keeps it.</summary>
    public static AuditIndicator From(IndicatorValue v) =>
        new(v.Code, v.Indicator.Name, v.Indicator.NameZh, v.Value, v.Indicator.Unit == IndicatorUnit.Ratio);
}
