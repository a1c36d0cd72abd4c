using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

// TableReader, phase 2: each unit split into its candidate readings, with the sums local to its cells.
internal sealed partial class TableReader
{
    private void SplitUnit(Unit unit, Dictionary<int, decimal> bareUnits)
    {
        if (unit.Detached is { } run)
        {
            if (InOtherColumns(unit.Cells, bareUnits))
            {
                unit.Outcome = SplitOutcome.Unreadable;
                unit.Readings = [];
                return;
            }

            SplitDetached(unit, run, bareUnits);
            return;
        }

        if (InOtherColumns(unit.Cells, bareUnits))
        {
            unit.Outcome = SplitOutcome.Unreadable;
            unit.Readings = [];
            return; // block printed with another edition's columns (reported once per block)
        }

        var amountUnits = new decimal[unit.Cells.Count];
        for (var i = 0; i < amountUnits.Length; i++)
        {
            var c = unit.Cells[i];
            amountUnits[i] = bareUnits.TryGetValue(c.Index, out var u) ? u : LayoutShape.AmountUnit(c.Column);
        }

        var local = LocalIdentitiesOf(unit.Cells);
        var (outcome, readings, broken) = Splitter.Enumerate(unit.Material, unit.Cells, amountUnits, local, Splitter.NodeBudget, text.Splits);
        unit.Outcome = outcome;
        unit.LocalArithmeticFailed = broken;
        unit.Structural = broken ? readings.Count : CountStructural(unit, amountUnits, readings.Count, local.Count, text.Splits);
        unit.Readings = readings;
        if (outcome == SplitOutcome.Read)
        {
            fits[current!] += 2;
            return;
        }

        var location = unit.Material.Slots.Count > 0 ? text.LocateNorm(unit.Material.Slots[0].Start) : text.LocateNorm(unit.Material.Start);
        switch (outcome)
        {
            case SplitOutcome.TooManyValues:
                fits[current!] -= 5;
                sink.Add(ImportCodes.TooManyValues, DiagnosticSeverity.Warning, unit.Pointer, location,
                    ImportMessages.TooManyValues(unit.Cells.Count));
                break;
            case SplitOutcome.Capped:
                sink.Add(ImportCodes.SplitSearchCapped, DiagnosticSeverity.Warning, unit.Pointer, location,
                    ImportMessages.SplitsCapped());
                break;
            default:
                fits[current!] -= 2;
                sink.Add(ImportCodes.CellUnreadable, DiagnosticSeverity.Warning, unit.Pointer, location,
                    ImportMessages.RowUnreadable(Excerpt(unit.Material)));
                break;
        }
    }

    /// <summary>Whether some of the cells are in a block printed with another edition's columns (a negative bare unit).</summary>
    private static bool InOtherColumns(IReadOnlyList<CellLayout> cells, Dictionary<int, decimal> bareUnits)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (bareUnits.TryGetValue(cells[i].Index, out var u) && u < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many splits there are without the arithmetic (for the diagnostic); only counted when it mattered.</summary>
    private static int CountStructural(Unit unit, IReadOnlyList<decimal> amountUnits, int kept, int identities,
        Dictionary<Splitter.SplitKey, (SplitOutcome, List<Reading>, bool)> splits)
    {
        if (identities == 0 || kept != 1)
        {
            return kept;
        }

        // Where every piece must stand for its fewest cells, there is one split at most (leading zeros are cells of
        // their own, the rest is one number): no need to count.
        var splittable = false;
        var fewest = 0;
        foreach (var s in unit.Material.Slots)
        {
            splittable |= s.Kind == SlotKind.Number && s.MaxCells != 1;
            fewest += s.MinCells;
        }

        if (!splittable || fewest == unit.Cells.Count)
        {
            return kept;
        }

        var (outcome, all, _) = Splitter.Enumerate(unit.Material, unit.Cells, amountUnits, [], 20_000, splits);
        return outcome == SplitOutcome.Capped ? int.MaxValue : Math.Max(all.Count, kept);
    }

    /// <summary>The plan's <see cref="EditionPlan.LocalIdentities"/> of a list of cells, found on first use.</summary>
    private IReadOnlyList<Identity> LocalIdentitiesOf(IReadOnlyList<CellLayout> cells) =>
        plan.LocalIdentities.TryGetValue(cells, out var local) ? local : plan.LocalIdentities.GetOrAdd(cells, LocalIdentities);

    /// <summary>The identities all of whose cells are among <paramref name="cells"/>, in rule-set order, as positions within them.</summary>
    private IReadOnlyList<Identity> LocalIdentities(IReadOnlyList<CellLayout> cells)
    {
        var local = new List<Identity>();
        if (identities.Count == 0)
        {
            return local;
        }

        unitStamp++;
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            positionInUnit[cells[i].Index] = i; // the first position of a cell wins
        }

        List<int>? candidates = null;
        foreach (var cell in cells)
        {
            foreach (var id in identitiesByCell[cell.Index])
            {
                if (identityStamp[id] != unitStamp)
                {
                    identityStamp[id] = unitStamp;
                    (candidates ??= []).Add(id);
                }
            }
        }

        if (candidates is not null)
        {
            candidates.Sort();
            foreach (var id in candidates)
            {
                var identity = identities[id];
                var positions = new int[identity.Cells.Length];
                var all = true;
                for (var k = 0; k < positions.Length; k++)
                {
                    var cell = identity.Cells[k];
                    positions[k] = cell >= 0 && cell < positionInUnit.Length ? positionInUnit[cell] : -1;
                    if (positions[k] < 0)
                    {
                        all = false;
                        break;
                    }
                }

                if (all)
                {
                    local.Add(identity.WithinUnit(positions));
                }
            }
        }

        foreach (var cell in cells)
        {
            positionInUnit[cell.Index] = -1;
        }

        return local;
    }
}
