namespace Disclosure.Format.Import;

/// <summary>
/// A linear identity over cells: Σ Coefficients[i] × cell[Cells[i]] = 0, from the rule <paramref name="Code"/>. The
/// cells are indexes of the catalog, or, for an identity local to a unit (<see cref="WithinUnit"/>), positions in the
/// unit's list of cells.
/// </summary>
internal sealed record Identity(int[] Cells, int[] Coefficients, string Code)
{
    /// <summary>
    /// This identity over a unit's cells (a row's, say) rather than the catalog's: <paramref name="positions"/>[i] is
    /// where <see cref="Cells"/>[i] stands in the unit's list; the coefficients and the rule are this identity's.
    /// </summary>
    public Identity WithinUnit(int[] positions) => new(positions, Coefficients, Code);

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
