namespace Disclosure.Format.Indicators;

/// <summary>How an indicator treats a division by 0 (an agency that received no application has no disclosure rate).</summary>
public enum ZeroDenominatorTreatment
{
    /// <summary>The indicator is not computable (<see cref="IndicatorStatus.ZeroDenominator"/>): a rate of nothing is not 0 %.</summary>
    NotComputable,

    /// <summary>The division gives 0.</summary>
    Zero,
}
