using System.Text.RegularExpressions;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Pdf;

/// <summary>
/// Finds the tables drawn without rules among a page's free text and rebuilds their grid from the words' positions.
/// A line is cut into words at gaps wider than most of a character; a word that is a figure (<c>12</c>, <c>-5</c>,
/// <c>35.6万元</c>, a written "none" such as <c>—</c>) is a number. Consecutive lines that end in numbers form a table:
/// each line of numbers is a row (its anchor), and every label word near it (a label wrapped over two lines, a label
/// centred against its numbers, the characters of a vertical label) joins the label of the nearest anchor when it lies
/// within a line's height of it, else it is a row of its own. The columns are the clusters of the numbers' positions
/// (their centres, right edges or left edges, whichever aligns them best) across the whole table, widened by the
/// header's columns when the header names more columns than the numbers fill; a number goes to the column it lies in,
/// and a column with no number in a row is a blank cell of that row (never 0). A row whose numbers cannot be placed one
/// to a column is left blank and reported, never guessed.
/// </summary>
internal static class UnruledTables
{
    private static readonly Regex Number = new(
        @"^(?:[-+－＋]?[0-9０-９][0-9０-９,，.．]*(?:万元|万|元|件|个|项|条|人|%|％)?|/|／|-|－|—|——|–|无|\\|×)$",
        RegexOptions.CultureInvariant);

    /// <summary>The most columns of numbers of one table: a report's widest table has 15.</summary>
    private const int MaxColumns = 100;

    /// <summary>The most slots (rows × columns) of one table, as for ruled tables.</summary>
    private const int MaxSlots = 100_000;

    /// <summary>The most words of one table: more is not a report's table (and would cost quadratic time).</summary>
    private const int MaxWords = 20_000;

    /// <summary>A word: glyphs on one line with no wide gap between them.</summary>
    private sealed class Word
    {
        public Word(List<Glyph> glyphs)
        {
            Glyphs = glyphs;
            Line = TextLine.Group(glyphs)[0];
            IsNumber = Number.IsMatch(Line.Text);
        }

        public List<Glyph> Glyphs { get; }

        public TextLine Line { get; }

        public string Text => Line.Text;

        public bool IsNumber { get; }

        public double X0 => Line.X0;

        public double X1 => Line.X1;

        public double Y0 => Line.Y0;

        public double Y1 => Line.Y1;

        public double CenterX => (X0 + X1) / 2;

        public double CenterY => (Y0 + Y1) / 2;

        public double Height => Line.Height;
    }

    /// <summary>The unruled tables among <paramref name="free"/> (the glyphs outside ruled tables); their glyphs go to <paramref name="consumed"/>.</summary>
    public static List<GridTable> Find(int page, List<Glyph> free, HashSet<Glyph> consumed, List<UnplacedRow> unplaced)
    {
        var tables = new List<GridTable>();
        if (free.Count == 0) return tables;
        var lines = TextLine.Group(free).Select(Words).Where(w => w.Count > 0).ToList();
        var i = 0;
        while (i < lines.Count)
        {
            if (!IsValueLine(lines[i]))
            {
                i++;
                continue;
            }

            // The region: value lines, and between them label lines that stay left of the numbers.
            var start = i;
            var end = i + 1;
            var valueLeft = ValueWords(lines[i]).Min(w => w.X0);
            var lastValue = i;
            while (end < lines.Count)
            {
                var line = lines[end];
                var height = line.Max(w => w.Height);
                if (line[0].Y0 - lines[end - 1].Max(w => w.Y1) > 2.5 * height) break;
                if (IsValueLine(line))
                {
                    valueLeft = Math.Min(valueLeft, ValueWords(line).Min(w => w.X0));
                    lastValue = end;
                    end++;
                    continue;
                }

                if (line.Any(w => w.X1 > valueLeft - 1)) break; // a header, a sub-heading or a paragraph
                end++;
            }

            end = lastValue + 1;

            // Label lines just above the first row (a label centred against its numbers) belong to it.
            var from = start;
            while (from > 0 && !IsValueLine(lines[from - 1]) && lines[from - 1].All(w => w.X1 <= valueLeft - 1)
                && lines[start][0].CenterY - lines[from - 1][0].CenterY <= lines[from - 1].Max(w => w.Height))
            {
                from--;
            }

            // And label lines just below the last row.
            var to = end;
            while (to < lines.Count && !IsValueLine(lines[to]) && lines[to].All(w => w.X1 <= valueLeft - 1)
                && lines[to][0].CenterY - lines[end - 1][0].CenterY <= lines[to].Max(w => w.Height))
            {
                to++;
            }

            var region = lines.GetRange(from, to - from);
            if (region.Sum(l => l.Count) <= MaxWords && Build(page, region, HeaderAbove(lines, from, valueLeft), unplaced) is { } table)
            {
                tables.Add(table);
                foreach (var line in region)
                {
                    foreach (var word in line)
                    {
                        foreach (var g in word.Glyphs) consumed.Add(g);
                    }
                }
            }

            i = Math.Max(to, i + 1);
        }

        return tables;
    }

    /// <summary>The line's words, left to right, cut at gaps wider than 0.8 of the line's height.</summary>
    private static List<Word> Words(TextLine line)
    {
        var words = new List<Word>();
        var current = new List<Glyph>();
        foreach (var g in line.Glyphs)
        {
            if (current.Count > 0 && g.X0 - current[current.Count - 1].X1 > 0.8 * line.Height)
            {
                words.Add(new Word(current));
                current = [];
            }

            current.Add(g);
        }

        if (current.Count > 0) words.Add(new Word(current));
        return words;
    }

    /// <summary>A line that ends in numbers: its last word is a number, and every word after its first number is one.</summary>
    private static bool IsValueLine(List<Word> line)
    {
        var first = line.FindIndex(w => w.IsNumber);
        if (first < 0) return false;
        for (var k = first; k < line.Count; k++)
        {
            if (!line[k].IsNumber) return false;
        }

        // A lone figure at the left of the text is a paragraph's (a list number, a page's figure), not a row's.
        return line.Count - first >= 2 || first > 0;
    }

    private static IEnumerable<Word> ValueWords(List<Word> line)
    {
        var first = line.FindIndex(w => w.IsNumber);
        return line.Skip(first);
    }

    /// <summary>The words of the header line right above the table that lie over its numbers (null: none).</summary>
    private static List<Word>? HeaderAbove(List<List<Word>> lines, int from, double valueLeft)
    {
        if (from == 0) return null;
        var line = lines[from - 1];
        if (IsValueLine(line) || lines[from][0].Y0 - line.Max(w => w.Y1) > 2 * line.Max(w => w.Height)) return null;
        var over = line.Where(w => w.X0 >= valueLeft - 2 * w.Height).ToList();
        return over.Count >= 2 ? over : null;
    }

    private static GridTable? Build(int page, List<List<Word>> region, List<Word>? header, List<UnplacedRow> unplaced)
    {
        // Anchors: the value lines, each with its numbers.
        var anchors = new List<(double Y, List<Word> Values, List<Word> Labels)>();
        var labelWords = new List<Word>();
        foreach (var line in region)
        {
            if (IsValueLine(line))
            {
                var first = line.FindIndex(w => w.IsNumber);
                anchors.Add((line.Skip(first).Average(w => w.CenterY), line.Skip(first).ToList(), line.Take(first).ToList()));
            }
            else
            {
                labelWords.AddRange(line);
            }
        }

        // One number is a table only when it stands clear of its label (a column apart): "行政许可      0".
        var valueCount = anchors.Sum(a => a.Values.Count);
        if (valueCount == 0) return null;
        if (valueCount == 1 && !(anchors[0].Labels.Count > 0 && anchors[0].Values[0].X0 - anchors[0].Labels.Max(w => w.X1) >= 2 * anchors[0].Values[0].Height)) return null;

        // Label words join the nearest anchor within a line's height; the others are rows of their own.
        anchors.Sort((a, b) => a.Y.CompareTo(b.Y));
        var anchorYs = anchors.Select(a => a.Y).ToArray();
        var extraRows = new List<List<Word>>();
        foreach (var word in labelWords)
        {
            // The anchors are top to bottom: the nearest is next to where the word's centre would go.
            var best = -1;
            var distance = double.MaxValue;
            var at = Array.BinarySearch(anchorYs, word.CenterY);
            if (at < 0) at = ~at;
            for (var k = Math.Max(0, at - 2); k < Math.Min(anchors.Count, at + 2); k++)
            {
                var d = Math.Abs(anchors[k].Y - word.CenterY);
                if (d < distance)
                {
                    distance = d;
                    best = k;
                }
            }

            if (best >= 0 && distance <= word.Height) anchors[best].Labels.Add(word);
            else extraRows.Add([word]);
        }

        var height = anchors.SelectMany(a => a.Values).Select(w => w.Height).OrderBy(h => h).ElementAt(valueCount / 2);
        var tolerance = Math.Max(2, 0.6 * height);
        var columns = Columns(anchors.Select(a => a.Values).ToList(), tolerance, out var position);
        if (header is not null)
        {
            columns = WithHeader(columns, header, tolerance);
        }

        if (columns.Count == 0 || columns.Count > MaxColumns || (long)(anchors.Count + extraRows.Count) * (columns.Count + 1) > MaxSlots) return null;

        // Rows top to bottom: anchors and the label words of no anchor.
        var rows = anchors.Select(a => (Top: Math.Min(a.Values.Min(w => w.Y0), a.Labels.Count == 0 ? double.MaxValue : a.Labels.Min(w => w.Y0)), a.Values, a.Labels))
            .Concat(extraRows.Select(r => (Top: r[0].Y0, Values: new List<Word>(), Labels: r)))
            .OrderBy(r => r.Top)
            .ToList();

        var allWords = region.SelectMany(l => l).ToList();
        var left = allWords.Min(w => w.X0);
        var right = Math.Max(allWords.Max(w => w.X1), columns[columns.Count - 1] + tolerance);
        var edges = new double[columns.Count + 2];
        edges[0] = left;
        var firstValue = anchors.SelectMany(a => a.Values).Min(w => w.X0);
        edges[1] = Math.Max(left + 0.01, Math.Min(firstValue, columns[0] - tolerance) - 0.5);
        for (var c = 1; c < columns.Count; c++) edges[c + 1] = Math.Max(edges[c] + 0.01, (columns[c - 1] + columns[c]) / 2);
        edges[columns.Count + 1] = Math.Max(edges[columns.Count] + 0.01, right + 0.5);

        var cells = new List<GridCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            var (_, values, labels) = rows[r];
            var words = values.Concat(labels).ToList();
            var y0 = words.Min(w => w.Y0);
            var y1 = words.Max(w => w.Y1);
            if (labels.Count > 0)
            {
                cells.Add(new GridCell(r, 0, 1, 1, LabelText(labels), page, Box(labels)));
            }

            if (values.Count == 0) continue;
            var placed = new Word?[columns.Count];
            var ambiguous = false;
            foreach (var word in values)
            {
                var c = Positions.Nearest(columns, position(word), tolerance);
                if (c < 0 || placed[c] is not null)
                {
                    ambiguous = true;
                    break;
                }

                placed[c] = word;
            }

            if (ambiguous)
            {
                unplaced.Add(new UnplacedRow(page, Box(values), string.Join(" ", values.Select(w => w.Text))));
                Array.Clear(placed, 0, placed.Length);
            }

            for (var c = 0; c < columns.Count; c++)
            {
                var box = placed[c] is { } w ? Box([w]) : new PageBox(edges[c + 1], y0, edges[c + 2] - edges[c + 1], y1 - y0);
                cells.Add(new GridCell(r, c + 1, 1, 1, placed[c]?.Text ?? string.Empty, page, box));
            }
        }

        var top = allWords.Min(w => w.Y0);
        var bottom = allWords.Max(w => w.Y1);
        return new GridTable(page, top, bottom, edges, rows.Count, cells);
    }

    /// <summary>
    /// The columns' positions: the numbers' centres, right edges or left edges clustered (a cluster holds positions
    /// within <paramref name="tolerance"/> of its first), the alignment that gives the fewest clusters. In a table of
    /// three rows or more, a cluster of one number that crowds a neighbouring column (closer to it than half the usual
    /// column spacing) is a stray number, not a column: it is placed in no column (its row is reported).
    /// </summary>
    private static List<double> Columns(List<List<Word>> rows, double tolerance, out Func<Word, double> position)
    {
        Func<Word, double>[] alignments = [w => w.CenterX, w => w.X1, w => w.X0];
        List<(double X, int Count)>? best = null;
        position = alignments[0];
        foreach (var alignment in alignments)
        {
            var positions = rows.SelectMany(r => r).Select(alignment).OrderBy(p => p).ToList();
            var clusters = new List<(double X, int Count)>();
            var k = 0;
            while (k < positions.Count)
            {
                var j = k;
                while (j < positions.Count && positions[j] - positions[k] <= tolerance) j++;
                clusters.Add((positions.Skip(k).Take(j - k).Average(), j - k));
                k = j;
            }

            if (best is null || clusters.Count < best.Count)
            {
                best = clusters;
                position = alignment;
            }
        }

        if (rows.Count >= 3 && best!.Count >= 3)
        {
            var spacings = new List<double>();
            for (var c = 1; c < best.Count; c++) spacings.Add(best[c].X - best[c - 1].X);
            spacings.Sort();
            var usual = spacings[spacings.Count / 2];
            var kept = new List<(double X, int Count)>();
            for (var c = 0; c < best.Count; c++)
            {
                var near = (c > 0 && best[c].X - best[c - 1].X < usual / 2) || (c + 1 < best.Count && best[c + 1].X - best[c].X < usual / 2);
                if (best[c].Count == 1 && near) continue;
                kept.Add(best[c]);
            }

            best = kept;
        }

        return best!.Select(c => c.X).ToList();
    }

    /// <summary>
    /// The numbers' columns, with the header's columns that hold no number added, when every number column lies under
    /// a header word and the header has more words over the numbers: a column blank in every row stays a column.
    /// </summary>
    private static List<double> WithHeader(List<double> columns, List<Word> header, double tolerance)
    {
        if (header.Count <= columns.Count) return columns;
        var centres = header.Select(w => w.CenterX).OrderBy(x => x).ToList();
        var matched = new bool[centres.Count];
        foreach (var column in columns)
        {
            var k = Positions.Nearest(centres, column, Math.Max(tolerance, 1.5 * header[0].Height));
            if (k < 0 || matched[k]) return columns;
            matched[k] = true;
        }

        var result = new List<double>(columns);
        for (var k = 0; k < centres.Count; k++)
        {
            if (!matched[k]) result.Add(centres[k]);
        }

        result.Sort();
        for (var k = 1; k < result.Count; k++)
        {
            if (result[k] - result[k - 1] <= 2 * tolerance) return columns; // the header's words do not make columns
        }

        return result;
    }

    /// <summary>A row's label: its words by column (left edges within a character), each column's words top to bottom joined as one wrapped text.</summary>
    private static string LabelText(List<Word> labels)
    {
        var groups = new List<List<Word>>();
        foreach (var word in labels.OrderBy(w => w.X0))
        {
            var group = groups.Find(g => Math.Abs(g[0].X0 - word.X0) <= word.Height);
            if (group is null) groups.Add([word]);
            else group.Add(word);
        }

        return string.Join(" ", groups.Select(g => TextLine.JoinLines(g.OrderBy(w => w.Y0).Select(w => w.Line).ToList(), ' ')));
    }

    private static PageBox Box(List<Word> words)
    {
        var x0 = words.Min(w => w.X0);
        var y0 = words.Min(w => w.Y0);
        return new PageBox(x0, y0, words.Max(w => w.X1) - x0, words.Max(w => w.Y1) - y0);
    }
}
