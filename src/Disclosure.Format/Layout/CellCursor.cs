namespace Disclosure.Format.Layout;

/// <summary>Walks cell values in catalog order while a report is assembled from them.</summary>
internal sealed class CellCursor(IReadOnlyList<decimal?> values)
{
    private int position;

    public int? Int() => values[position++] is { } v ? (int)v : null;

    public decimal? Decimal() => values[position++];

    public void EnsureConsumed()
    {
        if (position != values.Count)
        {
            throw new InvalidOperationException($"Layout assembly consumed {position} of {values.Count} cells.");
        }
    }
}
