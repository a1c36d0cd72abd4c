namespace Disclosure.Format.Comparison;

/// <summary>One comparable figure of two reports.</summary>
public sealed class ComparedCell
{
    internal ComparedCell(ComparableCell first, ComparableCell second)
    {
        First = first;
        Second = second;
    }

    /// <summary>The figure in the first report.</summary>
    public ComparableCell First { get; }

    /// <summary>The figure in the second report.</summary>
    public ComparableCell Second { get; }

    /// <summary>The cell's pointer on the common grid.</summary>
    public string Pointer => First.Pointer;

    /// <summary>The official row labels joined with <c>" / "</c>.</summary>
    public string RowLabelPathText => First.RowLabelPathText;

    /// <summary>The official column label.</summary>
    public string ColumnLabel => First.ColumnLabel;

    /// <summary>The value in the first report; <see langword="null"/> when blank.</summary>
    public decimal? FirstValue => First.Value;

    /// <summary>The value in the second report; <see langword="null"/> when blank.</summary>
    public decimal? SecondValue => Second.Value;

    /// <summary>Second minus first; <see langword="null"/> when either is blank.</summary>
    public decimal? Difference => FirstValue is { } a && SecondValue is { } b ? b - a : null;

    /// <inheritdoc />
    public override string ToString() => $"{RowLabelPathText} | {ColumnLabel}: {FirstValue?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(blank)"} → {SecondValue?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(blank)"}";
}
