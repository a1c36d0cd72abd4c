using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

// Splitter, search: the bounded walk over the ways a row's pieces can stand for its cells, checking the row's own sums as it goes.
internal static partial class Splitter
{
    private sealed class Search(List<Slot> slots, IReadOnlyList<CellLayout> cells, IReadOnlyList<decimal> amountUnits, int written, int blanks,
        IReadOnlyList<Identity> identities, int budget, SeenRows seen, int[] restMin, int[] restMax)
    {
        private List<Identity>?[] completesAt = [];

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
                completesAt = new List<Identity>?[cells.Count];
                pushed = new decimal?[cells.Count];
                foreach (var id in identities)
                {
                    (completesAt[id.Cells.Max()] ??= []).Add(id);
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
        public static bool Breaks(Identity identity, decimal?[] values)
        {
            var positions = identity.Cells;
            var coefficients = identity.Coefficients;
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
        public static int[] CompletionPositions(IReadOnlyList<Identity> identities)
        {
            if (identities.Count == 0)
            {
                return [];
            }

            var at = new int[identities.Count];
            for (var j = 0; j < at.Length; j++)
            {
                at[j] = identities[j].Cells.Max();
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
}
