using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Import;

// TableReader, phase 3: the choice, across a table's rows, of the readings that break the fewest of the format's sums.
internal sealed partial class TableReader
{
    /// <summary>
    /// Chooses, across the rows of a table, the readings that break the fewest of the format's sums (all of them
    /// hold in a correct report). A cell whose value differs between equally good choices is left blank.
    /// </summary>
    private void Solve(List<Unit> units)
    {
        if (!units.Exists(u => u.Readings.Count > 1))
        {
            // Nothing to choose: every row is committed as read (what the joint search below keeps for it).
            foreach (var unit in units)
            {
                Commit(unit, unit.Readings, false, false);
            }

            return;
        }

        var ambiguous = units.Where(u => u.Readings.Count > 1).OrderBy(u => u.Readings.Count).ToList();
        var cellUnit = new Dictionary<int, (Unit Unit, int Position)>();
        if (ambiguous.Count > 0)
        {
            foreach (var unit in units)
            {
                for (var i = 0; i < unit.Cells.Count; i++)
                {
                    cellUnit[unit.Cells[i].Index] = (unit, i);
                }
            }
        }

        var orderOf = new Dictionary<Unit, int>();
        for (var i = 0; i < ambiguous.Count; i++)
        {
            orderOf[ambiguous[i]] = i;
        }

        var (optimal, best, capped) = JointSearch(ambiguous, orderOf, cellUnit);
        var unproven = Unproven(ambiguous, orderOf, optimal, cellUnit, capped || best != 0);
        foreach (var unit in units)
        {
            var index = orderOf.TryGetValue(unit, out var o) ? o : -1;
            var kept = Kept(unit, index, optimal, best, capped, unproven);
            Commit(unit, kept, capped && index >= 0, best > 0 && best != int.MaxValue && index >= 0);
        }

        if (capped)
        {
            sink.Add(ImportCodes.SplitSearchCapped, DiagnosticSeverity.Warning, units[0].Pointer, text.LocateNorm(units[0].Material.Start),
                ImportMessages.JointSearchCapped());
        }
    }

    /// <summary>
    /// The search over every combination of the ambiguous units' readings, within <see cref="JointBudget"/> steps.
    /// Returns, per ambiguous unit (in <paramref name="ambiguous"/>'s order), the readings that appear in the
    /// combinations breaking the fewest sums; that fewest number (<see cref="int.MaxValue"/> when no combination was
    /// completed); and whether the budget was reached.
    /// </summary>
    private (HashSet<int>[] Optimal, int Best, bool Capped) JointSearch(List<Unit> ambiguous, Dictionary<Unit, int> orderOf,
        Dictionary<int, (Unit Unit, int Position)> cellUnit)
    {
        var chosen = new int[ambiguous.Count];
        var optimal = ambiguous.Select(_ => new HashSet<int>()).ToArray();
        var best = int.MaxValue;
        var capped = false;
        var nodes = 0;

        if (ambiguous.Count > 0)
        {
            var checkAt = ChecksAt(ambiguous, orderOf, cellUnit);

            decimal? Value(int cell)
            {
                var (unit, position) = cellUnit[cell];
                if (unit.Readings.Count == 0)
                {
                    return null;
                }

                var reading = orderOf.TryGetValue(unit, out var o) ? unit.Readings[chosen[o]] : unit.Readings[0];
                return reading.Values[position];
            }

            void Walk(int depth, int violations)
            {
                if (capped || violations > best)
                {
                    return;
                }

                if (depth == ambiguous.Count)
                {
                    if (violations < best)
                    {
                        best = violations;
                        foreach (var set in optimal) set.Clear();
                    }

                    for (var i = 0; i < chosen.Length; i++)
                    {
                        optimal[i].Add(chosen[i]);
                    }

                    return;
                }

                for (var c = 0; c < ambiguous[depth].Readings.Count; c++)
                {
                    if (++nodes > JointBudget)
                    {
                        capped = true;
                        return;
                    }

                    chosen[depth] = c;
                    var v = violations;
                    foreach (var id in checkAt[depth])
                    {
                        if (id.Holds(Value) == false) v++;
                    }

                    Walk(depth + 1, v);
                }
            }

            Walk(0, 0);
        }

        return (optimal, best, capped);
    }

    /// <summary>
    /// Per ambiguous unit (by its order), the identities that involve an ambiguous unit and are checked when it is
    /// chosen: the last of their ambiguous units.
    /// </summary>
    private List<Identity>[] ChecksAt(List<Unit> ambiguous, Dictionary<Unit, int> orderOf, Dictionary<int, (Unit Unit, int Position)> cellUnit)
    {
        var checkAt = ambiguous.Select(_ => new List<Identity>()).ToArray();
        foreach (var id in identities)
        {
            if (!id.Cells.All(cellUnit.ContainsKey))
            {
                continue;
            }

            var units2 = id.Cells.Select(c => cellUnit[c].Unit).Distinct().ToList();
            if (units2.Count < 2 && units2[0].Readings.Count > 1 && !units2[0].LocalArithmeticFailed && units2[0].Detached is null)
            {
                continue; // already applied when the unit was read
            }

            var last = units2.Where(orderOf.ContainsKey).Select(u => orderOf[u]).DefaultIfEmpty(-1).Max();
            if (last >= 0)
            {
                checkAt[last].Add(id);
            }
        }

        return checkAt;
    }

    /// <summary>The readings of a unit that the joint search keeps (<paramref name="index"/>: its order among the ambiguous units, or -1).</summary>
    private static List<Reading> Kept(Unit unit, int index, HashSet<int>[] optimal, int best, bool capped, HashSet<Unit> unproven)
    {
        if (unit.Readings.Count == 0)
        {
            return [];
        }

        if (index < 0)
        {
            return unit.Readings;
        }

        if (capped || (unit.Detached is not null && best > 0) || unproven.Contains(unit)
            || unit.Detached is { } run && run.Lines.Count > run.Rows.Count)
        {
            // Rows placed only by the arithmetic are proven only by a reading that keeps every sum, each of them
            // checked; and never where there are more number lines than rows: the lines left over belong to rows
            // whose labels were not found, so a sum that leaving one line out keeps may be a published error.
            return unit.Readings;
        }

        return optimal[index].OrderBy(i => i).Select(i => unit.Readings[i]).ToList();
    }

    /// <summary>
    /// The detached rows (see <see cref="DetachedRows"/>) whose best assignment is not proven: some sum over their
    /// cells cannot be checked, because a cell in it is blank, undecided or in a row that was not found. Such a sum
    /// could be the one another assignment keeps and this one breaks (a published error hidden by a blank elsewhere):
    /// only sums that are checked prove anything. Undecided rows make the sums they are in unchecked, so this is
    /// repeated until nothing changes.
    /// </summary>
    private HashSet<Unit> Unproven(List<Unit> ambiguous, Dictionary<Unit, int> orderOf, HashSet<int>[] optimal,
        Dictionary<int, (Unit Unit, int Position)> cellUnit, bool allKept)
    {
        var unproven = new HashSet<Unit>();
        if (allKept || !ambiguous.Exists(u => u.Detached is not null))
        {
            return unproven;
        }

        decimal? Known(int cell)
        {
            if (!cellUnit.TryGetValue(cell, out var at) || at.Unit.Readings.Count == 0)
            {
                return null;
            }

            var (unit, position) = at;
            IEnumerable<Reading> readings = !orderOf.TryGetValue(unit, out var o) ? [unit.Readings[0]]
                : unproven.Contains(unit) ? unit.Readings : optimal[o].Select(i => unit.Readings[i]);
            decimal? value = null;
            var first = true;
            foreach (var reading in readings)
            {
                if (first)
                {
                    value = reading.Values[position];
                    first = false;
                }
                else if (reading.Values[position] != value)
                {
                    return null;
                }
            }

            return value;
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var unit in ambiguous)
            {
                if (unit.Detached is null || unproven.Contains(unit))
                {
                    continue;
                }

                foreach (var cell in unit.Cells)
                {
                    if (Array.Exists(identitiesByCell[cell.Index], id => identities[id].Holds(Known) is null))
                    {
                        unproven.Add(unit);
                        changed = true;
                        break;
                    }
                }
            }
        }

        return unproven;
    }
}
