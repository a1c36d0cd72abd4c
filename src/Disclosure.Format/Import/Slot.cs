namespace Disclosure.Format.Import;

/// <summary>One piece of a row's material, in folded-text indices.</summary>
internal sealed class Slot
{
    public required SlotKind Kind { get; init; }

    /// <summary>Start and end of the piece in the folded text (for a blank: the position of its empty field).</summary>
    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary><c>-</c>, <c>+</c> or no sign.</summary>
    public char Sign { get; init; }

    /// <summary>The integer digits (thousands separators removed).</summary>
    public string Digits { get; init; } = string.Empty;

    /// <summary>Folded-text index of each integer digit, or <see langword="null"/> when they follow one another from <see cref="FirstDigit"/>.</summary>
    public int[]? DigitPositions { get; init; }

    /// <summary>Folded-text index of the first integer digit (where <see cref="DigitPositions"/> is <see langword="null"/>).</summary>
    public int FirstDigit { get; init; }

    /// <summary>Folded-text index of the integer digit <paramref name="k"/>.</summary>
    public int DigitPosition(int k) => DigitPositions is { } positions ? positions[k] : FirstDigit + k;

    /// <summary>Fraction digits after a decimal point, or <see langword="null"/>.</summary>
    public string? Fraction { get; init; }

    /// <summary>A unit written after the number (<c>万元</c>, <c>元</c>, <c>个</c>, <c>件</c> …), or <see langword="null"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>True when written with thousands separators: then it is one number and cannot be split.</summary>
    public bool Grouped { get; init; }

    /// <summary>True when the piece is known to be one cell (a number set apart in column-aligned text).</summary>
    public bool Atomic { get; init; }

    /// <summary>The display column (CJK characters count two) just after the piece on its line; 0 when unknown.</summary>
    public int EndColumn { get; init; }

    /// <summary>The line the piece ends on (an index of a line break, or -1 for the first line of the material).</summary>
    public int Line { get; init; }

    /// <summary>Most cells the piece can stand for.</summary>
    public int MaxCells => Kind == SlotKind.Number && !Grouped && !Atomic ? Math.Max(1, Digits.Length) : 1;

    /// <summary>
    /// Fewest cells the piece can stand for: a number does not start with 0, so each leading 0 is a cell of its own
    /// (<c>000</c> is three cells, <c>0120</c> two) and the rest can be one number.
    /// </summary>
    public int MinCells
    {
        get
        {
            if (Kind != SlotKind.Number || Grouped || Atomic || Digits.Length <= 1)
            {
                return 1;
            }

            var zeros = 0;
            while (zeros < Digits.Length && Digits[zeros] == '0')
            {
                zeros++;
            }

            return zeros == Digits.Length ? zeros : zeros + 1;
        }
    }

    /// <summary>A copy of this piece marked as one cell.</summary>
    public Slot AsAtomic() => new()
    {
        Kind = Kind, Start = Start, End = End, Sign = Sign, Digits = Digits, DigitPositions = DigitPositions, FirstDigit = FirstDigit,
        Fraction = Fraction, Unit = Unit, Grouped = Grouped, Atomic = true, EndColumn = EndColumn, Line = Line,
    };
}
