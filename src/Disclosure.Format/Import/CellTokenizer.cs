namespace Disclosure.Format.Import;

/// <summary>
/// Reads the values written after a row label: numbers (with sign, thousands separators, decimals and units), the
/// written forms of "none", and—in tab, pipe or one-cell-per-line text—the empty fields of blank cells. Label text and
/// stray characters (a wrapped label's last character, a vertical merged label spread over lines) are skipped; the
/// material ends at the first run of two or more letters after the values (the next label or prose).
/// </summary>
/// <remarks>
/// The tokens of a row are kept in a buffer of the thread and addressed by index ranges (the row's line, its fields),
/// so reading a row allocates only its slots.
/// </remarks>
internal static partial class CellTokenizer
{
    private static readonly string[] Units = ["万元", "元", "个", "件", "条", "项", "次", "份", "家", "宗", "笔", "人"];

    /// <summary>The first characters of <see cref="Units"/>: a number followed by none of them has no unit.</summary>
    private static readonly string UnitStarts = string.Concat(Units.Select(u => u[0]));

    private enum TokKind
    {
        Value,
        Delimiter,
        Noise,
        Label,
    }

    private readonly record struct Tok(TokKind Kind, int Start, int End, char Delimiter, int Letters, Slot? Value);

    /// <summary>A field of a delimited row: the tokens [From, To) of the buffer, or a blank at <see cref="BlankAt"/>.</summary>
    private readonly record struct Field(int From, int To, bool Blank, int BlankAt);

    private sealed class Buffers
    {
        public readonly List<Tok> Tokens = [];
        public readonly List<Field> Fields = [];
        public int[] Positions = new int[64];
        public char[] Digits = new char[64];
    }

    /// <summary>The largest buffers kept for the next row (a row of a real table has a few dozen tokens).</summary>
    private const int RetainedCapacity = 4096;

    [ThreadStatic]
    private static Buffers? perThread;

    /// <param name="norm">The folded text.</param>
    /// <param name="from">Start of the material.</param>
    /// <param name="to">End of the material (the next label).</param>
    /// <param name="labelStart">Start of the matched label's range in the folded text (its characters are skipped unless digits).</param>
    /// <param name="labelEnd">End of the matched label's range (equal to <paramref name="labelStart"/> when there is none).</param>
    /// <param name="cellCount">How many cells the row has.</param>
    /// <param name="displayColumn">The display column of a folded-text index within its line (for column-aligned text); optional.</param>
    /// <param name="oneCellPerLine">The table is written one cell per line (its other rows show it): a row with a single
    /// value followed by empty lines is read that way too.</param>
    public static RowMaterial Read(string norm, int from, int to, int labelStart, int labelEnd, int cellCount, Func<int, int>? displayColumn = null,
        bool oneCellPerLine = false)
    {
        var buffers = perThread ??= new Buffers();
        var tokens = buffers.Tokens;
        tokens.Clear();
        try
        {
            return ReadRow(norm, from, to, labelStart, labelEnd, cellCount, displayColumn, oneCellPerLine, buffers);
        }
        finally
        {
            tokens.Clear();
            buffers.Fields.Clear();
            if (tokens.Capacity > RetainedCapacity || buffers.Fields.Capacity > RetainedCapacity || buffers.Positions.Length > RetainedCapacity)
            {
                perThread = null; // an unusually long row: do not keep its buffers for the life of the thread
            }
        }
    }

    private static RowMaterial ReadRow(string norm, int from, int to, int labelStart, int labelEnd, int cellCount, Func<int, int>? displayColumn,
        bool oneCellPerLine, Buffers buffers)
    {
        var tokens = buffers.Tokens;
        Tokenize(norm, from, to, labelStart, labelEnd, buffers);

        // Field-delimited rows (tab, pipe) sit on one line: the label's line, or the first line after it with values.
        var first = 0;
        var last = tokens.Count;
        var (hasPipe, hasTab) = Delimiters(tokens, first, last);
        if (hasPipe || hasTab)
        {
            var (lineFrom, lineTo) = FirstLine(tokens, TokKind.Value);
            if (lineFrom < 0)
            {
                (lineFrom, lineTo) = FirstLine(tokens, TokKind.Delimiter);
            }

            if (lineFrom >= 0)
            {
                first = lineFrom;
                last = lineTo;
            }

            (hasPipe, hasTab) = Delimiters(tokens, first, last);
        }

        RowMode mode;
        char delimiter;
        if (hasPipe)
        {
            mode = RowMode.Pipes;
            delimiter = '|';
        }
        else if (hasTab)
        {
            mode = RowMode.Tabs;
            delimiter = '\t';
        }
        else if (OneValuePerLine(tokens, first, last, oneCellPerLine ? 1 : 2))
        {
            mode = RowMode.Lines;
            delimiter = '\n';
        }
        else
        {
            mode = RowMode.Spaces;
            delimiter = '\0';
        }

        var end = last > first ? tokens[last - 1].End : from;
        var slots = new List<Slot>(Math.Max(0, Math.Min(cellCount, 32))); // room for a row of cells as usual
        var aligned = false;
        if (mode == RowMode.Spaces)
        {
            var valueCount = 0;
            aligned = true;
            Slot? previous = null;
            for (var t = first; t < last; t++)
            {
                if (tokens[t].Kind != TokKind.Value)
                {
                    continue;
                }

                var value = tokens[t].Value!;
                valueCount++;
                if (previous is not null && aligned && Gap(norm, previous.End, value.Start) < 2)
                {
                    aligned = false;
                }

                previous = value;
            }

            aligned = aligned && valueCount >= 2;
            for (var t = first; t < last; t++)
            {
                if (tokens[t].Kind == TokKind.Value)
                {
                    var value = tokens[t].Value!;
                    slots.Add(aligned ? AtomicWithColumn(value, norm, displayColumn) : value);
                }
            }
        }
        else
        {
            var fields = buffers.Fields;
            var fieldStart = from;
            var fieldFrom = first;
            for (var t = first; t < last; t++)
            {
                if (tokens[t].Kind == TokKind.Delimiter && tokens[t].Delimiter == delimiter)
                {
                    fields.Add(new Field(fieldFrom, t, false, fieldStart));
                    fieldFrom = t + 1;
                    fieldStart = tokens[t].End;
                }
            }

            fields.Add(new Field(fieldFrom, last, false, fieldStart));
            if (delimiter == '|' && fields.Count > 1 && fieldFrom == last && last > first && tokens[last - 1].Kind == TokKind.Delimiter && tokens[last - 1].Delimiter == '|')
            {
                // Nothing after a row's closing pipe: the end of the row, not a blank cell.
                fields.RemoveAt(fields.Count - 1);
            }

            // The text between the label and the first delimiter belongs to the label's cell.
            var firstField = 0;
            if (fields.Count > 1 && !HasKind(tokens, fields[0].From, fields[0].To, TokKind.Value))
            {
                firstField = 1;
            }

            // Fields with values give their values; fields with nothing in them are blank cells; the rest give nothing.
            var kept = 0;
            for (var f = firstField; f < fields.Count; f++)
            {
                var field = fields[f];
                if (HasKind(tokens, field.From, field.To, TokKind.Value))
                {
                    fields[kept++] = new Field(field.From, field.To, false, 0);
                }
                else if (!HasKind(tokens, field.From, field.To, TokKind.Noise) && !HasKind(tokens, field.From, field.To, TokKind.Label))
                {
                    fields[kept++] = new Field(0, 0, true, field.BlankAt);
                }
            }

            // Spanned label columns and trailing delimiters leave empty fields at either end.
            var lo = 0;
            var hi = kept;
            while (hi - lo > cellCount && fields[hi - 1].Blank)
            {
                hi--;
            }

            while (hi - lo > cellCount && fields[lo].Blank)
            {
                lo++;
            }

            var anyValues = false;
            for (var f = lo; f < hi; f++)
            {
                anyValues |= !fields[f].Blank;
            }

            if (!anyValues && hi - lo > cellCount)
            {
                hi = lo + cellCount;
            }

            for (var f = lo; f < hi; f++)
            {
                var field = fields[f];
                if (field.Blank)
                {
                    slots.Add(new Slot { Kind = SlotKind.Blank, Start = field.BlankAt, End = field.BlankAt });
                    continue;
                }

                for (var t = field.From; t < field.To; t++)
                {
                    if (tokens[t].Kind == TokKind.Value)
                    {
                        slots.Add(tokens[t].Value!);
                    }
                }
            }
        }

        return new RowMaterial { Slots = slots, Mode = mode, Start = from, End = end, Aligned = aligned };
    }

    private static bool HasKind(List<Tok> tokens, int from, int to, TokKind kind)
    {
        for (var t = from; t < to; t++)
        {
            if (tokens[t].Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    private static (bool Pipe, bool Tab) Delimiters(List<Tok> tokens, int from, int to)
    {
        bool pipe = false, tab = false;
        for (var t = from; t < to; t++)
        {
            if (tokens[t].Kind == TokKind.Delimiter)
            {
                pipe |= tokens[t].Delimiter == '|';
                tab |= tokens[t].Delimiter == '\t';
            }
        }

        return (pipe, tab);
    }

    /// <summary>The token range of the first line (between line breaks) holding a token of <paramref name="kind"/>; (-1, -1) when none.</summary>
    private static (int From, int To) FirstLine(List<Tok> tokens, TokKind kind)
    {
        var lineFrom = 0;
        var found = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            var tok = tokens[t];
            if (tok.Kind == TokKind.Delimiter && tok.Delimiter == '\n')
            {
                if (found)
                {
                    return (lineFrom, t);
                }

                lineFrom = t + 1;
            }
            else if (tok.Kind == kind)
            {
                found = true;
            }
        }

        return found ? (lineFrom, tokens.Count) : (-1, -1);
    }

    /// <summary>The white space between two values on the same line (a line break or tab counts as a wide gap).</summary>
    private static int Gap(string norm, int from, int to)
    {
        var spaces = 0;
        for (var i = from; i < to; i++)
        {
            var c = norm[i];
            if (c == '\n' || c == '\t')
            {
                return int.MaxValue;
            }

            if (c == ' ')
            {
                spaces++;
            }
        }

        return spaces;
    }

    /// <summary>A copy of a value marked as one cell, with its display column and line.</summary>
    private static Slot AtomicWithColumn(Slot slot, string norm, Func<int, int>? displayColumn)
    {
        var lineStart = slot.End > 0 ? norm.LastIndexOf('\n', slot.End - 1) : -1;
        return new Slot
        {
            Kind = slot.Kind, Start = slot.Start, End = slot.End, Sign = slot.Sign, Digits = slot.Digits,
            DigitPositions = slot.DigitPositions, FirstDigit = slot.FirstDigit, Fraction = slot.Fraction, Unit = slot.Unit, Grouped = slot.Grouped,
            Atomic = true, EndColumn = displayColumn?.Invoke(slot.End) ?? 0, Line = lineStart,
        };
    }

    private static bool OneValuePerLine(List<Tok> tokens, int from, int to, int leastValueLines)
    {
        var newlines = 0;
        var valuesOnLine = 0;
        var valueLines = 0;
        for (var i = from; i < to; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokKind.Delimiter && t.Delimiter == '\n')
            {
                newlines++;
                valuesOnLine = 0;
            }
            else if (t.Kind == TokKind.Value)
            {
                valuesOnLine++;
                if (valuesOnLine > 1)
                {
                    return false;
                }

                valueLines++;
            }
        }

        return newlines > 0 && valueLines >= leastValueLines;
    }
}
