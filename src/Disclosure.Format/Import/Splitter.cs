using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

/// <summary>
/// Enumerates the ways a row's material can be read as its cells: each number piece stands for one or more cells
/// (digits run together lose their boundaries), each written "none" and each empty field for exactly one, and blank
/// cells whose fields were dropped may sit anywhere (only as many as needed). Every candidate respects the cells'
/// kinds (whole non-negative counts, signed changes, amounts) and has no number with a leading zero. The search is
/// bounded; when the bound is reached the caller is told.
/// </summary>
internal static class Splitter
{
    public const int NodeBudget = 200_000;
    public const int CandidateLimit = 4_096;

    /// <param name="material">The row's material.</param>
    /// <param name="cells">The row's cells.</param>
    /// <param name="amountUnits">Per cell, the unit a bare amount is written in.</param>
    /// <param name="identities">Sums among the row's own cells (positions and coefficients): a split that breaks one is
    /// dropped while searching, unless no split keeps them all (a published error), when all splits are returned.</param>
    /// <param name="budget">The most search steps to take; beyond it the outcome is <see cref="SplitOutcome.Capped"/>.</param>
    public static (SplitOutcome Outcome, List<Reading> Readings, bool IdentitiesBroken) Enumerate(RowMaterial material, IReadOnlyList<CellLayout> cells,
        IReadOnlyList<decimal> amountUnits, IReadOnlyList<(int[] Positions, int[] Coefficients)> identities, int budget = NodeBudget) =>
        Enumerate(material, cells, amountUnits, identities, budget, null);

    /// <summary>As <see cref="Enumerate(RowMaterial, IReadOnlyList{CellLayout}, IReadOnlyList{decimal}, IReadOnlyList{ValueTuple{int[], int[]}}, int)"/>,
    /// reusing what was enumerated for the same material, cell kinds, units, sums and budget (another catalog's row).</summary>
    public static (SplitOutcome Outcome, List<Reading> Readings, bool IdentitiesBroken) Enumerate(RowMaterial material, IReadOnlyList<CellLayout> cells,
        IReadOnlyList<decimal> amountUnits, IReadOnlyList<(int[] Positions, int[] Coefficients)> identities, int budget,
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

    /// <summary>
    /// What an enumeration depends on: the material (by reference), per cell its kind, the unit the model keeps it
    /// in and the unit a bare amount is written in, the sums (by content) and the budget. The cells and the units are
    /// held by reference and compared when needed: neither list changes once a row is split.
    /// </summary>
    internal sealed class SplitKey : IEquatable<SplitKey>
    {
        private readonly RowMaterial material;
        private readonly IReadOnlyList<CellLayout> cells;
        private readonly IReadOnlyList<decimal> amountUnits;
        private readonly IReadOnlyList<(int[] Positions, int[] Coefficients)> identities;
        private readonly int budget;

        public SplitKey(RowMaterial material, IReadOnlyList<CellLayout> cells, IReadOnlyList<decimal> amountUnits,
            IReadOnlyList<(int[] Positions, int[] Coefficients)> identities, int budget)
        {
            this.material = material;
            this.cells = cells;
            this.amountUnits = amountUnits;
            this.identities = identities;
            this.budget = budget;
        }

        public bool Equals(SplitKey? other)
        {
            if (other is null || !ReferenceEquals(material, other.material) || budget != other.budget || cells.Count != other.cells.Count
                || identities.Count != other.identities.Count)
            {
                return false;
            }

            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i].ValueKind != other.cells[i].ValueKind)
                {
                    return false;
                }
            }

            for (var i = 0; i < cells.Count; i++)
            {
                if (LayoutShape.AmountUnit(cells[i].Column) != LayoutShape.AmountUnit(other.cells[i].Column) || amountUnits[i] != other.amountUnits[i])
                {
                    return false;
                }
            }

            for (var i = 0; i < identities.Count; i++)
            {
                if (!identities[i].Positions.AsSpan().SequenceEqual(other.identities[i].Positions)
                    || !identities[i].Coefficients.AsSpan().SequenceEqual(other.identities[i].Coefficients))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as SplitKey);

        public override int GetHashCode() => (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(material) * 31) + cells.Count;
    }

    private static (SplitOutcome Outcome, List<Reading> Readings, bool IdentitiesBroken) EnumerateAll(RowMaterial material, IReadOnlyList<CellLayout> cells,
        IReadOnlyList<decimal> amountUnits, IReadOnlyList<(int[] Positions, int[] Coefficients)> identities, int budget)
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
        IReadOnlyList<CellLayout> cells, IReadOnlyList<decimal> amountUnits, IReadOnlyList<(int[] Positions, int[] Coefficients)> identities)
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

    private sealed class Search(List<Slot> slots, IReadOnlyList<CellLayout> cells, IReadOnlyList<decimal> amountUnits, int written, int blanks,
        IReadOnlyList<(int[] Positions, int[] Coefficients)> identities, int budget, SeenRows seen, int[] restMin, int[] restMax)
    {
        private List<(int[] Positions, int[] Coefficients)>?[] completesAt = [];

        [ThreadStatic]
        private static List<(decimal? Value, int Start, int End, CellReadingKind Kind, string? Unit)>? sequenceBuffer;

        // One search runs at a time on a thread (each ends before the next starts), so they share one buffer.
        private readonly List<(decimal? Value, int Start, int End, CellReadingKind Kind, string? Unit)> sequence = TakeBuffer();

        private static List<(decimal? Value, int Start, int End, CellReadingKind Kind, string? Unit)> TakeBuffer()
        {
            var buffer = sequenceBuffer ??= [];
            buffer.Clear();
            return buffer;
        }
        private int nodes;

        public int Nodes => nodes;

        public List<Reading> Results { get; } = [];

        public bool Capped { get; private set; }

        public void Run()
        {
            if (identities.Count > 0)
            {
                completesAt = new List<(int[], int[])>?[cells.Count];
                pushed = new decimal?[cells.Count];
                foreach (var id in identities)
                {
                    (completesAt[id.Positions.Max()] ??= []).Add(id);
                }
            }

            Walk(0);
        }

        /// <summary>The value of each cell pushed so far, by position (what the sums are checked on); kept only with sums to check.</summary>
        private decimal?[] pushed = [];

        private void Walk(int slotIndex)
        {
            if (Capped)
            {
                return;
            }

            if (++nodes > budget)
            {
                Capped = true;
                return;
            }

            var remaining = written - sequence.Count;
            if (slotIndex == slots.Count)
            {
                if (remaining == 0)
                {
                    PlaceBlanks();
                }

                return;
            }

            if (remaining < restMin[slotIndex] || remaining > restMax[slotIndex])
            {
                return;
            }

            var slot = slots[slotIndex];
            switch (slot.Kind)
            {
                case SlotKind.Blank:
                    if (Push((null, slot.Start, slot.End, CellReadingKind.Blank, null)))
                    {
                        Walk(slotIndex + 1);
                        sequence.RemoveAt(sequence.Count - 1);
                    }

                    return;
                case SlotKind.None:
                    if (Push((0m, slot.Start, slot.End, CellReadingKind.NoneMarker, null)))
                    {
                        Walk(slotIndex + 1);
                        sequence.RemoveAt(sequence.Count - 1);
                    }

                    return;
            }

            var maxHere = Math.Min(slot.MaxCells, remaining - restMin[slotIndex + 1]);
            var minHere = Math.Max(slot.MinCells, remaining - restMax[slotIndex + 1]);
            for (var k = minHere; k <= maxHere; k++)
            {
                SplitPiece(slot, slotIndex, 0, k);
                if (Capped) return;
            }
        }

        /// <summary>Appends a cell; false (and nothing appended) when it completes a sum that does not hold.</summary>
        private bool Push((decimal? Value, int Start, int End, CellReadingKind Kind, string? Unit) entry)
        {
            sequence.Add(entry);
            var position = sequence.Count - 1;
            if (position < pushed.Length)
            {
                pushed[position] = entry.Value;
            }

            if (position < completesAt.Length && completesAt[position] is { } complete)
            {
                foreach (var identity in complete)
                {
                    if (Breaks(identity, pushed))
                    {
                        sequence.RemoveAt(position);
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>Whether a sum over the values placed so far (by position) can be checked (none of its cells blank) and does not hold.</summary>
        public static bool Breaks((int[] Positions, int[] Coefficients) identity, decimal?[] values)
        {
            var (positions, coefficients) = identity;
            decimal sum = 0;
            for (var i = 0; i < positions.Length; i++)
            {
                if (values[positions[i]] is not { } v)
                {
                    return false;
                }

                sum += coefficients[i] * v;
            }

            return sum != 0;
        }

        /// <summary>Per sum, the position whose cell completes it (its last), where <see cref="Run"/> files it.</summary>
        public static int[] CompletionPositions(IReadOnlyList<(int[] Positions, int[] Coefficients)> identities)
        {
            if (identities.Count == 0)
            {
                return [];
            }

            var at = new int[identities.Count];
            for (var j = 0; j < at.Length; j++)
            {
                at[j] = identities[j].Positions.Max();
            }

            return at;
        }

        /// <summary>Cuts the piece's digits from <paramref name="at"/> into <paramref name="parts"/> numbers.</summary>
        private void SplitPiece(Slot slot, int slotIndex, int at, int parts)
        {
            if (Capped)
            {
                return;
            }

            var digits = slot.Digits;
            if (parts == 1)
            {
                if (MakeValue(slot, at, digits.Length, true) is { } last && Push(last))
                {
                    Walk(slotIndex + 1);
                    sequence.RemoveAt(sequence.Count - 1);
                }

                return;
            }

            // This part takes digits [at, end); the rest need at least one digit each.
            for (var end = at + 1; end <= digits.Length - (parts - 1); end++)
            {
                if (++nodes > budget)
                {
                    Capped = true;
                    return;
                }

                if (digits[at] == '0' && end - at > 1)
                {
                    break; // a number does not start with 0
                }

                if (MakeValue(slot, at, end, false) is { } value && Push(value))
                {
                    SplitPiece(slot, slotIndex, end, parts - 1);
                    sequence.RemoveAt(sequence.Count - 1);
                }
            }
        }

        public static (decimal? Value, int Start, int End, CellReadingKind Kind, string? Unit)? MakeValue(Slot slot, int from, int to, bool last)
        {
            var digits = slot.Digits;
            var withFraction = last && slot.Fraction is not null;
            if (to <= from && !withFraction)
            {
                return null;
            }

            if (to - from > 1 && digits[from] == '0')
            {
                return null;
            }

            // The number as written: its digits and, for the last part, the fraction after the point (at most 28
            // characters in all, which a decimal holds exactly, its scale the fraction's length).
            var fraction = withFraction ? slot.Fraction! : string.Empty;
            var length = withFraction ? Math.Max(1, to - from) + 1 + fraction.Length : to - from;
            if (length > 28)
            {
                return null;
            }

            decimal value;
            if (length <= 18)
            {
                // At most 18 digits: exact in a long.
                long digitsValue = 0;
                for (var i = from; i < to; i++)
                {
                    digitsValue = (digitsValue * 10) + (digits[i] - '0');
                }

                if (withFraction)
                {
                    foreach (var c in fraction)
                    {
                        digitsValue = (digitsValue * 10) + (c - '0');
                    }

                    value = new decimal((int)(digitsValue & 0xFFFFFFFF), (int)(digitsValue >> 32), 0, false, (byte)fraction.Length);
                }
                else
                {
                    value = digitsValue;
                }
            }
            else
            {
                value = 0;
                for (var i = from; i < to; i++)
                {
                    value = (value * 10) + (digits[i] - '0');
                }

                if (withFraction)
                {
                    foreach (var c in fraction)
                    {
                        value = (value * 10) + (c - '0');
                    }

                    value = WithScale(value, fraction.Length);
                }
            }

            if (from == 0 && slot.Sign == '-')
            {
                value = -value;
            }

            var start = from == 0 ? slot.Start : slot.DigitPosition(from);
            var end = last ? slot.End : slot.DigitPosition(to - 1) + 1;
            return (value, start, end, slot.Grouped || withFraction ? CellReadingKind.Number : (slot.MaxCells > 1 && !(from == 0 && last) ? CellReadingKind.Split : CellReadingKind.Number), last ? slot.Unit : null);
        }

        /// <summary>An integral decimal divided by 10^<paramref name="scale"/> exactly, keeping the trailing zeros (as parsing <c>1.50</c> does).</summary>
        private static decimal WithScale(decimal integral, int scale)
        {
            var bits = decimal.GetBits(integral);
            return new decimal(bits[0], bits[1], bits[2], false, (byte)scale);
        }

        private void PlaceBlanks()
        {
            if (blanks == 0)
            {
                Emit(null);
                return;
            }

            // Choose which cell positions are the dropped blanks.
            var positions = new int[blanks];
            Choose(0, 0);

            void Choose(int index, int from)
            {
                if (Capped)
                {
                    return;
                }

                if (index == blanks)
                {
                    var map = new int?[cells.Count];
                    int b = 0, w = 0;
                    for (var i = 0; i < cells.Count; i++)
                    {
                        if (b < blanks && positions[b] == i)
                        {
                            b++;
                        }
                        else
                        {
                            map[i] = w++;
                        }
                    }

                    Emit(map);
                    return;
                }

                for (var p = from; p <= cells.Count - (blanks - index); p++)
                {
                    if (++nodes > budget)
                    {
                        Capped = true;
                        return;
                    }

                    positions[index] = p;
                    Choose(index + 1, p + 1);
                }
            }
        }

        /// <param name="map">Per cell: the index into the written sequence, or null for a dropped blank; no map when every cell is written in order.</param>
        private void Emit(int?[]? map)
        {
            var n = cells.Count;
            var values = new decimal?[n];
            var spans = new (int, int)[n];
            var kinds = new CellReadingKind[n];
            var units = new string?[n];
            var dropAt = sequence.Count > 0 ? sequence[0].Start : 0;
            for (var i = 0; i < n; i++)
            {
                if ((map is null ? i : map[i]) is not { } w)
                {
                    values[i] = null;
                    spans[i] = (dropAt, dropAt);
                    kinds[i] = CellReadingKind.Missing;
                    continue;
                }

                var (value, start, end, kind, unit) = sequence[w];
                if (value is { } v)
                {
                    var converted = Convert(cells[i], v, unit, amountUnits[i]);
                    if (converted is null)
                    {
                        return;
                    }

                    value = converted;
                }

                values[i] = value;
                spans[i] = (start, end);
                kinds[i] = kind;
                units[i] = unit;
                dropAt = end;
            }

            if (!seen.Add(values))
            {
                return;
            }

            Results.Add(new Reading { Values = values, Spans = spans, Kinds = kinds, Units = units });
            if (Results.Count >= CandidateLimit)
            {
                Capped = true;
            }
        }

        /// <summary>
        /// The value in the unit the model keeps for the cell, or null when it cannot be the cell's value.
        /// <paramref name="bareUnit"/> is the unit a number written without one is in (from the table's header).
        /// </summary>
        public static decimal? Convert(CellLayout cell, decimal value, string? unit, decimal bareUnit)
        {
            switch (cell.ValueKind)
            {
                case CellValueKind.Count:
                    return value >= 0 && value == decimal.Truncate(value) && value <= int.MaxValue && unit is not ("元" or "万元") ? value : null;
                case CellValueKind.SignedCount:
                    return value == decimal.Truncate(value) && value >= int.MinValue && value <= int.MaxValue && unit is not ("元" or "万元") ? value : null;
                default:
                    if (value < 0)
                    {
                        return null;
                    }

                    var written = unit switch
                    {
                        "万元" => 10000m,
                        "元" => 1m,
                        null => bareUnit,
                        _ => -1m,
                    };
                    if (written < 0)
                    {
                        return null;
                    }

                    var modelUnit = LayoutShape.AmountUnit(cell.Column);
                    try
                    {
                        // Division by 1.000… drops the trailing zeros a conversion leaves (16909913.0000 → 16909913).
                        return written == modelUnit ? value : value * written / modelUnit / 1.0000000000000000000000000000m;
                    }
                    catch (OverflowException)
                    {
                        return null;
                    }
            }
        }
    }

    /// <summary>
    /// Equality of candidate rows as they would be written (<c>1.50</c> is not <c>1.5</c>; <c>-0</c> is <c>0</c>): values
    /// equal with the same scale, blanks equal to blanks.
    /// </summary>
    internal sealed class ValuesComparer : IEqualityComparer<decimal?[]>
    {
        public static readonly ValuesComparer Instance = new();

        public bool Equals(decimal?[]? x, decimal?[]? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null || x.Length != y.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (x[i] is { } a)
                {
                    if (y[i] is not { } b || a != b || Scale(a) != Scale(b))
                    {
                        return false;
                    }
                }
                else if (y[i] is not null)
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(decimal?[] values)
        {
            var hash = values.Length;
            foreach (var v in values)
            {
                hash = (hash * 31) + (v is { } d ? d.GetHashCode() ^ (Scale(d) << 24) : 0x5F5F);
            }

            return hash;
        }

        private static int Scale(decimal d) =>
#if NET
            d.Scale;
#else
            (decimal.GetBits(d)[3] >> 16) & 0xFF;
#endif
    }
}
