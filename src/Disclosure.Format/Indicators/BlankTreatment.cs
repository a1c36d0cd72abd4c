namespace Disclosure.Format.Indicators;

/// <summary>How an indicator treats a blank cell its formula names.</summary>
public enum BlankTreatment
{
    /// <summary>The indicator is not computable (<see cref="IndicatorStatus.BlankInput"/>): a blank is not 0.</summary>
    NotComputable,

    /// <summary>The blank counts as 0; the value lists the blank cells in <see cref="IndicatorValue.BlankPointers"/>.</summary>
    Zero,
}
