using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

/// <summary>
/// Enumerates the ways a row's material can be read as its cells: each number piece stands for one or more cells
/// (digits run together lose their boundaries), each written "none" and each empty field for exactly one, and blank
/// cells whose fields were dropped may sit anywhere (only as many as needed). Every candidate respects the cells'
/// kinds (whole non-negative counts, signed changes, amounts) and has no number with a leading zero. The search is
/// bounded; when the bound is reached the caller is told.
/// </summary>
internal static partial class Splitter
{
    public const int NodeBudget = 200_000;
    public const int CandidateLimit = 4_096;

    /// <param name="material">The row's material.</param>
    /// <param name="cells">The row's cells.</param>
    /// <param name="amountUnits">Per cell, the unit a bare amount is written in.</param>
    /// <param name="identities">Sums among the row's own cells, as positions in <paramref name="cells"/> (see
    /// <see cref="Identity.WithinUnit"/>): a split that breaks one is dropped while searching, unless no split keeps
    /// them all (a published error), when all splits are returned.</param>
    /// <param name="budget">The most search steps to take; beyond it the outcome is <see cref="SplitOutcome.Capped"/>.</param>
    public static (SplitOutcome Outcome, List<Reading> Readings, bool IdentitiesBroken) Enumerate(RowMaterial material, IReadOnlyList<CellLayout> cells,
        IReadOnlyList<decimal> amountUnits, IReadOnlyList<Identity> identities, int budget = NodeBudget) =>
        Enumerate(material, cells, amountUnits, identities, budget, null);

    /// <summary>As <see cref="Enumerate(RowMaterial, IReadOnlyList{CellLayout}, IReadOnlyList{decimal}, IReadOnlyList{Identity}, int)"/>,
    /// reusing what was enumerated for the same material, cell kinds, units, sums and budget (another catalog's row).</summary>
    public static (SplitOutcome Outcome, List<Reading> Readings, bool IdentitiesBroken) Enumerate(RowMaterial material, IReadOnlyList<CellLayout> cells,
        IReadOnlyList<decimal> amountUnits, IReadOnlyList<Identity> identities, int budget,
        Dictionary<SplitKey, (SplitOutcome, List<Reading>, bool)>? cache)
    {
        if (cache is null)
        {
            return EnumerateAll(material, cells, amountUnits, identities, budget);
        }

        var key = new SplitKey(material, cells, amountUnits, identities, budget);
        if (!cache.TryGetValue(key, out var found))
        {
            found = EnumerateAll(material, cells, amountUnits, identities, budget);
            cache[key] = found;
        }

        return found;
    }

    private static (SplitOutcome Outcome, List<Reading> Readings, bool IdentitiesBroken) EnumerateAll(RowMaterial material, IReadOnlyList<CellLayout> cells,
        IReadOnlyList<decimal> amountUnits, IReadOnlyList<Identity> identities, int budget)
    {
        var n = cells.Count;
        var slots = material.Slots;
        var fixedOnes = 0;
        var fewest = 0;
        var most = 0;
        foreach (var s in slots)
        {
            if (s.Kind != SlotKind.Number)
            {
                fixedOnes++;
            }
            else
            {
                fewest += s.MinCells;
                most += s.MaxCells;
            }
        }

        fewest += fixedOnes;
        if (fewest > n)
        {
            return (SplitOutcome.TooManyValues, [], false);
        }

        if (fewest == n && slots.Count == n && budget > n + 1)
        {
            return EnumerateOneToOne(slots, cells, amountUnits, identities);
        }

        // Blank cells are assumed only where the values cannot fill the row. A row that is evidently short may hide
        // any number of blanks among its digits, so then every count of blanks the digits allow is tried (so too for a
        // delimited row with fewer fields than cells).
        most += fixedOnes;
        var fewestBlanks = Math.Max(0, n - most);
        // In a delimited row (tabs, pipes) each field is a cell as written: a row with fewer fields than cells has
        // lost cells (a note pulled out of the table) as likely as it has digits run together in a field.
        var delimitedShort = material.Mode is RowMode.Tabs or RowMode.Pipes && slots.Count < n && fewest < n;
        var mostBlanks = fewestBlanks == 0 && !delimitedShort ? 0 : n - fewest;
        var restMin = new int[slots.Count + 1];
        var restMax = new int[slots.Count + 1];
        for (var i = slots.Count - 1; i >= 0; i--)
        {
            restMin[i] = restMin[i + 1] + slots[i].MinCells;
            restMax[i] = restMax[i + 1] + slots[i].MaxCells;
        }

        List<Reading>? results = null;
        var seen = new SeenRows();
        var left = budget;
        var broken = false;
        for (var blanks = fewestBlanks; blanks <= mostBlanks; blanks++)
        {
            var search = new Search(slots, cells, amountUnits, n - blanks, blanks, blanks == 0 ? identities : [], left, seen, restMin, restMax);
            search.Run();
            if (!search.Capped && search.Results.Count == 0 && blanks == 0 && identities.Count > 0)
            {
                // No reading keeps the row's sums: the published row is wrong (or hides a blank); keep every reading.
                broken = true;
                search = new Search(slots, cells, amountUnits, n, 0, [], left, seen, restMin, restMax);
                search.Run();
            }

            if (results is null)
            {
                results = search.Results;
            }
            else
            {
                results.AddRange(search.Results);
            }

            left -= search.Nodes;
            if (search.Capped || left <= 0 || results.Count >= CandidateLimit)
            {
                return (SplitOutcome.Capped, [], broken);
            }
        }

        return results is null || results.Count == 0 ? (SplitOutcome.Unreadable, [], broken) : (SplitOutcome.Read, results, broken);
    }

    /// <summary>
    /// <see cref="EnumerateAll"/> where every piece stands for exactly one cell, in order (as many pieces as cells, none
    /// of them with a leading zero to split off): the only sequence the search could walk, checked and emitted as the
    /// search does it — each sum when its last cell is placed, the values converted at the end — without the search.
    /// When the sums fail, the same sequence is kept with <c>IdentitiesBroken</c> (the search's second pass without
    /// them). The search takes one step per piece and one at the end, so the caller leaves this to it under a smaller
    /// budget.
    /// </summary>
    private static (SplitOutcome Outcome, List<Reading> Readings, bool IdentitiesBroken) EnumerateOneToOne(List<Slot> slots,
        IReadOnlyList<CellLayout> cells, IReadOnlyList<decimal> amountUnits, IReadOnlyList<Identity> identities)
    {
        var n = cells.Count;
        var values = new decimal?[n];
        var spans = new (int, int)[n];
        CellReadingKind[]? kinds = null; // made when a cell is not read as a number
        string?[]? units = null; // made when a cell has a unit
        var completesAt = Search.CompletionPositions(identities);
        var sumsHold = true;
        for (var p = 0; p < n; p++)
        {
            var slot = slots[p];
            (decimal? Value, int Start, int End, CellReadingKind Kind, string? Unit)? entry = slot.Kind switch
            {
                SlotKind.Blank => (null, slot.Start, slot.End, CellReadingKind.Blank, null),
                SlotKind.None => (0m, slot.Start, slot.End, CellReadingKind.NoneMarker, null),
                _ => Search.MakeValue(slot, 0, slot.Digits.Length, true),
            };
            if (entry is not { } e)
            {
                // No sequence at all: neither pass of the search emits.
                return (SplitOutcome.Unreadable, [], identities.Count > 0);
            }

            (values[p], spans[p]) = (e.Value, (e.Start, e.End));
            if (e.Kind != CellReadingKind.Number)
            {
                (kinds ??= new CellReadingKind[n])[p] = e.Kind;
            }

            if (e.Unit is not null)
            {
                (units ??= new string?[n])[p] = e.Unit;
            }
            if (sumsHold)
            {
                for (var j = 0; j < identities.Count; j++)
                {
                    if (completesAt[j] == p && Search.Breaks(identities[j], values))
                    {
                        sumsHold = false; // the first pass stops here; the second goes on without the sums
                        break;
                    }
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (values[i] is { } v)
            {
                if (Search.Convert(cells[i], v, units?[i], amountUnits[i]) is not { } converted)
                {
                    return (SplitOutcome.Unreadable, [], identities.Count > 0);
                }

                values[i] = converted;
            }
        }

        var broken = !sumsHold && identities.Count > 0;
        return (SplitOutcome.Read, [new Reading { Values = values, Spans = spans, Kinds = kinds ?? Shared(AllNumbers, n), Units = units ?? Shared(NoUnits, n) }], broken);
    }

    /// <summary>Per row length, the kinds of a row read as numbers only, and the units of a row without units (shared: a reading's arrays are never written once made).</summary>
    private static readonly CellReadingKind[]?[] AllNumbers = new CellReadingKind[]?[32];

    /// <inheritdoc cref="AllNumbers"/>
    private static readonly string?[]?[] NoUnits = new string?[]?[32];

    /// <summary>The shared array of <paramref name="n"/> default elements (<see cref="CellReadingKind.Number"/>, no unit) from <paramref name="arrays"/>.</summary>
    private static T[] Shared<T>(T[]?[] arrays, int n) => n < arrays.Length ? arrays[n] ??= new T[n] : new T[n];

    /// <summary>The candidate rows emitted so far (as written, see <see cref="ValuesComparer"/>); a set only once there are two.</summary>
    private sealed class SeenRows
    {
        private decimal?[]? first;
        private HashSet<decimal?[]>? set;

        public bool Add(decimal?[] values)
        {
            if (set is null)
            {
                if (first is null)
                {
                    first = values;
                    return true;
                }

                if (ValuesComparer.Instance.Equals(first, values))
                {
                    return false;
                }

                set = new HashSet<decimal?[]>(ValuesComparer.Instance) { first };
            }

            return set.Add(values);
        }
    }
}
