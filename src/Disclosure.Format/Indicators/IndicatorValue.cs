using System.Globalization;

namespace Disclosure.Format.Indicators;

/// <summary>The value of one indicator for one report.</summary>
public sealed class IndicatorValue
{
    internal IndicatorValue(Indicator indicator, decimal? value, IndicatorStatus status, IReadOnlyList<string> blankPointers, string? formula)
    {
        Indicator = indicator;
        Value = value;
        Status = status;
        BlankPointers = blankPointers;
        Formula = formula;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The indicator's code, e.g. <c>DFI003</c>.</summary>
    public string Code => Indicator.Code;

    /// <summary>
    /// The value: exact, not rounded (a ratio as a fraction, 0.25 for 25 %); <see langword="null"/> when not computable
    /// (see <see cref="Status"/>).
    /// </summary>
    public decimal? Value { get; }

    /// <summary>Whether the value is computed, and if not, why.</summary>
    public IndicatorStatus Status { get; }

    /// <summary>The blank cells the formula names (pointers; <c>previous#/…</c> for the previous report's); empty when none.</summary>
    public IReadOnlyList<string> BlankPointers { get; }

    /// <summary>The formula used (the one of the report's edition); <see langword="null"/> when none is defined.</summary>
    public string? Formula { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Code} {Indicator.NameZh}: {(Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : Status.ToString())}";
}
