using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Pdf;

/// <summary>
/// Finds the ruled tables of a page: ruling segments that cross each other form a table; the distinct positions of its
/// horizontal rules are its row edges and those of its vertical rules its column edges; two neighbouring slots with no
/// rule between them are one merged cell. Each glyph whose centre lies in a cell is that cell's text.
/// </summary>
internal static class RuledTables
{
    /// <summary>How far apart two positions may be and still be one edge, in points.</summary>
    private const double Tolerance = 3;

    /// <summary>The most merged segments considered on one page; a page with more is not a report's page.</summary>
    private const int MaxSegments = 6000;

    /// <summary>The most slots of one table's grid.</summary>
    private const int MaxSlots = 100_000;

    public static List<GridTable> Find(PdfPageContent page, bool[] used)
    {
        var tables = new List<GridTable>();
        var horizontal = Merge(page.Horizontal);
        var vertical = Merge(page.Vertical);
        if (horizontal.Count < 2 || vertical.Count < 2 || horizontal.Count + vertical.Count > MaxSegments) return tables;

        // Components of crossing segments (union-find; vertical segments are numbered after the horizontal ones).
        var parent = new int[horizontal.Count + vertical.Count];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        var byX = Enumerable.Range(0, vertical.Count).OrderBy(j => vertical[j].Position).ToArray();
        var xs = byX.Select(j => vertical[j].Position).ToArray();
        for (var i = 0; i < horizontal.Count; i++)
        {
            var h = horizontal[i];
            var k = LowerBound(xs, h.Start - Tolerance);
            for (; k < xs.Length && xs[k] <= h.End + Tolerance; k++)
            {
                var v = vertical[byX[k]];
                if (h.Position >= v.Start - Tolerance && h.Position <= v.End + Tolerance) Union(parent, i, horizontal.Count + byX[k]);
            }
        }

        var components = new Dictionary<int, (List<Rule> H, List<Rule> V)>();
        for (var i = 0; i < parent.Length; i++)
        {
            var root = Find(parent, i);
            if (!components.TryGetValue(root, out var c)) components[root] = c = ([], []);
            if (i < horizontal.Count) c.H.Add(horizontal[i]);
            else c.V.Add(vertical[i - horizontal.Count]);
        }

        foreach (var (h, v) in components.Values)
        {
            if (h.Count < 2 || v.Count < 2) continue;
            if (Build(page, h, v, used) is { } table) tables.Add(table);
        }

        tables.Sort((a, b) => a.Top.CompareTo(b.Top));
        return tables;
    }

    private static GridTable? Build(PdfPageContent page, List<Rule> h, List<Rule> v, bool[] used)
    {
        var ys = Edges(h);
        var xs = Edges(v);
        var rows = ys.Length - 1;
        var columns = xs.Length - 1;
        if (rows < 1 || columns < 1 || (long)rows * columns > MaxSlots) return null;
        if (rows == 1 && columns == 1) return null; // a frame around text, not a table

        var verticalRule = new bool[(columns + 1) * rows]; // edge i, row r
        foreach (var rule in v)
        {
            var i = Positions.Nearest(xs, rule.Position, Tolerance);
            if (i < 0) continue;
            for (var r = 0; r < rows; r++)
            {
                var mid = (ys[r] + ys[r + 1]) / 2;
                if (rule.Start - Tolerance <= mid && rule.End + Tolerance >= mid) verticalRule[i * rows + r] = true;
            }
        }

        var horizontalRule = new bool[(rows + 1) * columns]; // edge j, column c
        foreach (var rule in h)
        {
            var j = Positions.Nearest(ys, rule.Position, Tolerance);
            if (j < 0) continue;
            for (var c = 0; c < columns; c++)
            {
                var mid = (xs[c] + xs[c + 1]) / 2;
                if (rule.Start - Tolerance <= mid && rule.End + Tolerance >= mid) horizontalRule[j * columns + c] = true;
            }
        }

        // Cells: from each free slot, span right while no rule separates the slots, then down while no rule does.
        var owner = new int[rows * columns];
        var spans = new List<(int R, int C, int Rs, int Cs)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (owner[r * columns + c] != 0) continue;
                var cs = 1;
                while (c + cs < columns && !verticalRule[(c + cs) * rows + r] && owner[r * columns + c + cs] == 0) cs++;
                var rs = 1;
                while (r + rs < rows && CanGrowDown(r + rs, c, cs)) rs++;
                spans.Add((r, c, rs, cs));
                for (var rr = r; rr < r + rs; rr++)
                {
                    for (var cc = c; cc < c + cs; cc++) owner[rr * columns + cc] = spans.Count;
                }
            }
        }

        bool CanGrowDown(int row, int c, int cs)
        {
            for (var cc = c; cc < c + cs; cc++)
            {
                if (horizontalRule[row * columns + cc] || owner[row * columns + cc] != 0) return false;
            }

            // The cell's side rules must stay open below too: a rule between two of its columns in the next row ends it.
            for (var cc = c + 1; cc < c + cs; cc++)
            {
                if (verticalRule[cc * rows + row]) return false;
            }

            return true;
        }

        var glyphs = new List<Glyph>[spans.Count];
        for (var i = 0; i < glyphs.Length; i++) glyphs[i] = [];
        for (var g = 0; g < page.Glyphs.Count; g++)
        {
            if (used[g]) continue;
            var glyph = page.Glyphs[g];
            var x = glyph.CenterX;
            var y = glyph.CenterY;
            if (x < xs[0] || x > xs[columns] || y < ys[0] || y > ys[rows]) continue;
            var c = Math.Min(UpperBound(xs, x) - 1, columns - 1);
            var r = Math.Min(UpperBound(ys, y) - 1, rows - 1);
            if (c < 0 || r < 0) continue;
            glyphs[owner[r * columns + c] - 1].Add(glyph);
            used[g] = true;
        }

        var cells = new List<GridCell>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var (r, c, rs, cs) = spans[i];
            var text = glyphs[i].Count == 0 ? string.Empty : TextLine.JoinLines(TextLine.Group(glyphs[i]), '\n');
            var box = new PageBox(xs[c], ys[r], xs[c + cs] - xs[c], ys[r + rs] - ys[r]);
            cells.Add(new GridCell(r, c, rs, cs, text, page.Number, box));
        }

        return new GridTable(page.Number, ys[0], ys[rows], xs, rows, cells);
    }

    /// <summary>Merges segments on the same line (within 1 pt) that touch or overlap (within 2 pt) into one.</summary>
    private static List<Rule> Merge(List<Rule> rules)
    {
        var sorted = rules.OrderBy(r => r.Position).ThenBy(r => r.Start).ToList();
        var merged = new List<Rule>();
        var i = 0;
        while (i < sorted.Count)
        {
            // One line: positions within 1 pt of the first.
            var j = i;
            while (j < sorted.Count && sorted[j].Position - sorted[i].Position <= 1) j++;
            var line = sorted.GetRange(i, j - i);
            line.Sort((a, b) => a.Start.CompareTo(b.Start));
            var position = line.Average(r => r.Position);
            var start = line[0].Start;
            var end = line[0].End;
            foreach (var r in line.Skip(1))
            {
                if (r.Start <= end + 2)
                {
                    end = Math.Max(end, r.End);
                }
                else
                {
                    merged.Add(new Rule(position, start, end));
                    start = r.Start;
                    end = r.End;
                }
            }

            merged.Add(new Rule(position, start, end));
            i = j;
        }

        return merged;
    }

    /// <summary>The distinct positions of a table's rules, those within <see cref="Tolerance"/> of each other taken as one.</summary>
    private static double[] Edges(List<Rule> rules)
    {
        var positions = rules.Select(r => r.Position).OrderBy(p => p).ToList();
        var edges = new List<double>();
        var i = 0;
        while (i < positions.Count)
        {
            var j = i;
            double sum = 0;
            while (j < positions.Count && positions[j] - positions[i] <= Tolerance)
            {
                sum += positions[j];
                j++;
            }

            edges.Add(sum / (j - i));
            i = j;
        }

        return edges.ToArray();
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (sorted[mid] <= value) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a != b) parent[a] = b;
    }
}
