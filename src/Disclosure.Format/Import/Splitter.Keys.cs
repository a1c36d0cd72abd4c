using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

// Splitter, keys: what an enumeration is cached by, and the comparison of rows of values.
internal static partial class Splitter
{
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
        private readonly IReadOnlyList<Identity> identities;
        private readonly int budget;

        public SplitKey(RowMaterial material, IReadOnlyList<CellLayout> cells, IReadOnlyList<decimal> amountUnits,
            IReadOnlyList<Identity> identities, int budget)
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
                if (!identities[i].Cells.AsSpan().SequenceEqual(other.identities[i].Cells)
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
