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
internal static class CellTokenizer
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

    private static void Tokenize(string norm, int from, int to, int labelStart, int labelEnd, Buffers buffers)
    {
        var tokens = buffers.Tokens;
        var seenValue = false;
        var i = from;
        while (i < to)
        {
            var c = norm[i];
            if (IsDigit(c) || ((c == '-' || c == '+') && i + 1 < to && IsDigit(norm[i + 1])))
            {
                var (slot, next, numberingAt) = ReadNumber(norm, i, to, buffers);
                if (slot is not null)
                {
                    tokens.Add(new Tok(TokKind.Value, slot.Start, slot.End, '\0', 0, slot));
                    seenValue = true;
                }

                if (numberingAt >= 0)
                {
                    // An unmatched label's numbering (3. in 3.其他): part of a label, not a value.
                    tokens.Add(new Tok(TokKind.Label, numberingAt, next, '\0', 0, null));
                }

                i = next;
                continue;
            }

            if (i >= labelStart && i < labelEnd)
            {
                var start = i;
                while (i < to && i < labelEnd && !IsDigit(norm[i]))
                {
                    i++;
                }

                tokens.Add(new Tok(TokKind.Label, start, i, '\0', 0, null));
                continue;
            }

            if (c == '\n' || c == '\t' || c == '|')
            {
                tokens.Add(new Tok(TokKind.Delimiter, i, i + 1, c, 0, null));
                i++;
                if (c == '\n' && PageNumberLineEnd(norm, i, to) is var pageEnd && pageEnd > i)
                {
                    // A page number on a line of its own ("- 4 -", "第 5 页") between a label and its numbers.
                    tokens.Add(new Tok(TokKind.Noise, i, pageEnd, '\0', 0, null));
                    i = pageEnd;
                }

                continue;
            }

            if (c == '(' && seenValue && tokens.Count > 0 && tokens[tokens.Count - 1].Kind == TokKind.Value && NoteEnd(norm, i, to) is var noteEnd && noteEnd > i)
            {
                // A note in the cell after its number ("22（其中修订16件）"): neither a value nor the end of the row.
                tokens.Add(new Tok(TokKind.Noise, i, noteEnd, '\0', 0, null));
                i = noteEnd;
                continue;
            }

            if (c == '\r' || char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var noneLength = NoneMarkerLength(norm, i, to, labelStart, labelEnd);
            if (noneLength > 0)
            {
                tokens.Add(new Tok(TokKind.Value, i, i + noneLength, '\0', 0,
                    new Slot { Kind = SlotKind.None, Start = i, End = i + noneLength }));
                seenValue = true;
                i += noneLength;
                continue;
            }

            // Noise: a run of other characters.
            var runStart = i;
            var letters = 0;
            while (i < to)
            {
                var d = norm[i];
                if (IsDigit(d) || d == '\n' || d == '\t' || d == '|' || char.IsWhiteSpace(d) || (i >= labelStart && i < labelEnd)
                    || NoneMarkerLength(norm, i, to, labelStart, labelEnd) > 0)
                {
                    break;
                }

                if (char.IsLetter(d))
                {
                    letters++;
                }

                i++;
            }

            if (i == runStart)
            {
                i++; // never stall
            }

            if (seenValue && letters >= 2)
            {
                break; // the next label or prose: the row has ended
            }

            tokens.Add(new Tok(TokKind.Noise, runStart, i, '\0', letters, null));
        }
    }

    /// <summary>
    /// The end of a note in brackets written after a number (<c>(其中修订16件)</c>, <c>(含自然失效29件)</c>: words, on
    /// the same line, at most 40 characters), or -1.
    /// </summary>
    internal static int NoteEnd(string norm, int open, int to)
    {
        var letters = 0;
        for (var j = open + 1; j < to && j - open <= 40; j++)
        {
            var d = norm[j];
            if (d is '\n' or '\t' or '|' or '(')
            {
                return -1;
            }

            if (d == ')')
            {
                return letters >= 1 ? j + 1 : -1;
            }

            if (char.IsLetter(d))
            {
                letters++;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where a line holding only a page number ends (<c>- 4 -</c>, <c>— 4 —</c>, <c>第 5 页</c>, <c>第5页 共9页</c>),
    /// or -1 when the line at <paramref name="i"/> is not one. A bare number is not taken for a page number.
    /// </summary>
    internal static int PageNumberLineEnd(string norm, int i, int to)
    {
        var first = i;
        while (first < to && norm[first] == ' ')
        {
            first++;
        }

        if (first >= to || norm[first] is not ('-' or '—' or '–' or '―' or '─' or '第'))
        {
            return -1;
        }

        var end = i;
        while (end < to && norm[end] != '\n')
        {
            end++;
        }

        var line = norm.AsSpan(i, end - i).Trim();
        if (line.Length < 3 || line.Length > 16)
        {
            return -1;
        }

        static bool Dash(char c) => c is '-' or '—' or '–' or '―' or '─';
        var k = 0;
        var digits = 0;
        if (Dash(line[0]))
        {
            k = 1;
            while (k < line.Length && line[k] == ' ') k++;
            while (k < line.Length && IsDigit(line[k])) { k++; digits++; }
            while (k < line.Length && line[k] == ' ') k++;
            return digits is > 0 and <= 4 && k == line.Length - 1 && Dash(line[k]) ? end : -1;
        }

        if (line[0] == '第')
        {
            foreach (var c in line)
            {
                if (!(IsDigit(c) || c is ' ' or '第' or '页' or '共' or ',' or '/'))
                {
                    return -1;
                }
            }

            return line.IndexOf('页') > 0 ? end : -1;
        }

        return -1;
    }

    private static (Slot? Slot, int Next, int NumberingAt) ReadNumber(string norm, int i, int to, Buffers buffers)
    {
        var start = i;
        var sign = '\0';
        if (norm[i] == '-' || norm[i] == '+')
        {
            sign = norm[i];
            i++;
        }

        var count = 0;
        var grouped = false;
        while (i < to)
        {
            if (IsDigit(norm[i]))
            {
                if (count == buffers.Positions.Length)
                {
                    Array.Resize(ref buffers.Positions, count * 2);
                    Array.Resize(ref buffers.Digits, count * 2);
                }

                buffers.Positions[count] = i;
                buffers.Digits[count] = norm[i];
                count++;
                i++;
            }
            else if (norm[i] == ',' && count > 0 && count <= 3 + (grouped ? 1000 : 0) && IsGroup(norm, i + 1, to))
            {
                grouped = true;
                i++;
            }
            else
            {
                break;
            }
        }

        string? fraction = null;
        if (i + 1 < to && norm[i] == '.' && IsDigit(norm[i + 1]))
        {
            var f = i + 1;
            while (f < to && IsDigit(norm[f]))
            {
                f++;
            }

            fraction = norm.Substring(i + 1, f - i - 1);
            i = f;
        }
        else if (i + 1 < to && (norm[i] == '.' || norm[i] == '、') && !grouped && sign == '\0' && IsLabelStart(norm[i + 1]))
        {
            // "…0000372.没有现成…": the last digit and the full stop number the next label.
            var numberingAt = buffers.Positions[count - 1];
            count--;
            var slot = count == 0
                ? null
                : new Slot { Kind = SlotKind.Number, Start = start, End = numberingAt, Sign = sign, Digits = new string(buffers.Digits, 0, count), DigitPositions = grouped ? Prefix(buffers.Positions, count) : null, FirstDigit = buffers.Positions[0] };
            return (slot, i + 1, numberingAt);
        }

        string? unit = null;
        if (i < to && UnitStarts.IndexOf(norm[i]) >= 0)
        {
            foreach (var u in Units)
            {
                if (i + u.Length <= to && string.CompareOrdinal(norm, i, u, 0, u.Length) == 0)
                {
                    unit = u;
                    i += u.Length;
                    break;
                }
            }
        }

        return (new Slot
        {
            Kind = SlotKind.Number,
            Start = start,
            End = i,
            Sign = sign,
            Digits = count switch { 0 => string.Empty, 1 => SourceText.Single(buffers.Digits[0]), _ => new string(buffers.Digits, 0, count) },
            DigitPositions = grouped ? Prefix(buffers.Positions, count) : null,
            FirstDigit = count > 0 ? buffers.Positions[0] : start,
            Fraction = fraction,
            Unit = unit,
            Grouped = grouped,
        }, i, -1);
    }

    private static int[] Prefix(int[] buffer, int count)
    {
        if (count == 0)
        {
            return [];
        }

        var result = new int[count];
        Array.Copy(buffer, result, count);
        return result;
    }

    private static bool IsGroup(string norm, int i, int to) =>
        i + 3 <= to && IsDigit(norm[i]) && IsDigit(norm[i + 1]) && IsDigit(norm[i + 2]) && (i + 3 == to || !IsDigit(norm[i + 3]));

    private static bool IsLabelStart(char c) => char.IsLetter(c) && !IsDigit(c);

    /// <summary>
    /// The length of a written "none" at <paramref name="i"/>: <c>/</c>, <c>-</c>, <c>—</c>, <c>——</c>, <c>无</c>; 0 when
    /// there is none. A mark between two letters of ordinary text is punctuation (<c>本年增/减</c>), not a cell.
    /// </summary>
    private static int NoneMarkerLength(string norm, int i, int to, int labelStart, int labelEnd)
    {
        var c = norm[i];
        bool TextLetter(int at) => at >= 0 && at < norm.Length && char.IsLetter(norm[at]) && !(at >= labelStart && at < labelEnd);
        if (c is '/' or '-' or '—' or '–' or '―' or '─')
        {
            if (i > 0 && norm[i - 1] == c)
            {
                return 0; // inside a longer run
            }

            var j = i + 1;
            while (j < to && j - i < 2 && norm[j] == c)
            {
                j++;
            }

            // Not a sign (-8), not a Markdown rule (---) and not inside a word.
            if (j < to && (IsDigit(norm[j]) || norm[j] == c))
            {
                return 0;
            }

            return TextLetter(i - 1) && TextLetter(j) ? 0 : j - i;
        }

        if (c == '无')
        {
            var before = i > 0 ? norm[i - 1] : ' ';
            var after = i + 1 < to ? norm[i + 1] : ' ';
            return (char.IsLetter(before) && before != '无') || (char.IsLetter(after) && after != '无') ? 0 : 1;
        }

        return 0;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
