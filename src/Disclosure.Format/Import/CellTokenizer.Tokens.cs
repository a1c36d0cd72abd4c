namespace Disclosure.Format.Import;

// CellTokenizer, tokens: the text after a label cut into numbers, written "none" marks, delimiters, notes, page numbers and label text.
internal static partial class CellTokenizer
{
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
