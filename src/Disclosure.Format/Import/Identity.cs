namespace Disclosure.Format.Import;

/// <summary>A linear identity over cells: Σ Coefficients[i] × cell[Cells[i]] = 0 (cell indexes of the catalog), from the rule <paramref name="Code"/>.</summary>
internal sealed record Identity(int[] Cells, int[] Coefficients, string Code)
{
    /// <summary>Whether the identity holds; <see langword="null"/> when a cell is blank (not assessable).</summary>
    public bool? Holds(Func<int, decimal?> value)
    {
        decimal sum = 0;
        for (var i = 0; i < Cells.Length; i++)
        {
            if (value(Cells[i]) is not { } v)
            {
                return null;
            }

            sum += Coefficients[i] * v;
        }

        return sum == 0;
    }
}
