namespace Disclosure.Format.Comparison;

/// <summary>The comparable figures of two reports side by side (<see cref="EditionComparison.Compare"/>).</summary>
public sealed class FigureComparison
{
    internal FigureComparison(ComparableFigures first, ComparableFigures second, IReadOnlyList<ComparedCell> cells,
        IReadOnlyList<NotComparablePart> notComparable)
    {
        First = first;
        Second = second;
        Cells = cells;
        NotComparable = notComparable;
    }

    /// <summary>The comparable figures of the first report.</summary>
    public ComparableFigures First { get; }

    /// <summary>The comparable figures of the second report.</summary>
    public ComparableFigures Second { get; }

    /// <summary><see langword="true"/> when the two reports follow different editions.</summary>
    public bool CrossesEditions => First.Edition != Second.Edition;

    /// <summary>Every comparable cell with both values, in official order.</summary>
    public IReadOnlyList<ComparedCell> Cells { get; }

    /// <summary>The parts that are not compared (二、主动公开政府信息情况), with the reason.</summary>
    public IReadOnlyList<NotComparablePart> NotComparable { get; }
}
