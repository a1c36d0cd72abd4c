using System.Text;

namespace Disclosure.Format.Documents.Pdf;

/// <summary>One line of text: glyphs that share a baseline band, left to right.</summary>
internal sealed class TextLine
{
    private TextLine(List<Glyph> glyphs)
    {
        Glyphs = glyphs;
        X0 = double.MaxValue;
        Y0 = double.MaxValue;
        X1 = double.MinValue;
        Y1 = double.MinValue;
        var heights = new double[glyphs.Count];
        for (var i = 0; i < glyphs.Count; i++)
        {
            var g = glyphs[i];
            X0 = Math.Min(X0, g.X0);
            X1 = Math.Max(X1, g.X1);
            Y0 = Math.Min(Y0, g.Y0);
            Y1 = Math.Max(Y1, g.Y1);
            heights[i] = g.Height;
        }

        Array.Sort(heights);
        Height = Math.Max(heights[heights.Length / 2], 0.5);
        Text = Join(glyphs, Height);
    }

    public List<Glyph> Glyphs { get; }

    public double X0 { get; }

    public double Y0 { get; }

    public double X1 { get; }

    public double Y1 { get; }

    /// <summary>The median glyph height: the line's font size, near enough.</summary>
    public double Height { get; }

    public string Text { get; }

    /// <summary>
    /// Groups glyphs into lines, top to bottom: a glyph joins the line above it when they overlap by at least half the
    /// smaller height. Glyphs drawn twice at the same place (fake bold) are written once.
    /// </summary>
    public static List<TextLine> Group(IEnumerable<Glyph> glyphs)
    {
        var sorted = glyphs.ToList();
        sorted.Sort((a, b) => a.CenterY.CompareTo(b.CenterY));
        var groups = new List<(double Y0, double Y1, List<Glyph> Glyphs)>();
        foreach (var g in sorted)
        {
            if (groups.Count > 0)
            {
                var last = groups[groups.Count - 1];
                var overlap = Math.Min(last.Y1, g.Y1) - Math.Max(last.Y0, g.Y0);
                if (overlap >= 0.5 * Math.Min(last.Y1 - last.Y0, g.Height))
                {
                    last.Glyphs.Add(g);
                    continue;
                }
            }

            groups.Add((g.Y0, g.Y1, [g]));
        }

        var lines = new List<TextLine>(groups.Count);
        foreach (var group in groups)
        {
            group.Glyphs.Sort((a, b) => a.X0.CompareTo(b.X0));
            var kept = new List<Glyph>(group.Glyphs.Count);
            foreach (var g in group.Glyphs)
            {
                if (kept.Count > 0)
                {
                    var p = kept[kept.Count - 1];
                    if (p.Text == g.Text && Math.Abs(p.X0 - g.X0) < 0.3 * Math.Max(g.Height, 1) && Math.Abs(p.Y0 - g.Y0) < 0.3 * Math.Max(g.Height, 1))
                    {
                        continue; // the same glyph drawn again a hair away: fake bold
                    }
                }

                kept.Add(g);
            }

            lines.Add(new TextLine(kept));
        }

        return lines;
    }

    /// <summary>
    /// Joins the lines of one cell or paragraph as displayed: where a line ends or the next starts with a CJK character
    /// they join directly (Chinese wraps anywhere, and a wrapped label is one label), other lines with
    /// <paramref name="separator"/>.
    /// </summary>
    public static string JoinLines(IReadOnlyList<TextLine> lines, char separator)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            if (sb.Length > 0 && !(IsWide(sb[sb.Length - 1]) || (line.Text.Length > 0 && IsWide(line.Text[0]))))
            {
                sb.Append(separator);
            }

            sb.Append(line.Text);
        }

        return sb.ToString();
    }

    /// <summary>A CJK character or full-width form, written without spaces between its neighbours.</summary>
    public static bool IsWide(char c) => c >= '\u2E80' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFE30' && c <= '\uFE4F'
        || c >= '\uFF00' && c <= '\uFFEF' || c is '“' or '”' or '‘' or '’' or '—' or '…' or '·' or '\u3000';

    private static string Join(List<Glyph> glyphs, double height)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < glyphs.Count; i++)
        {
            var g = glyphs[i];
            if (i > 0)
            {
                var p = glyphs[i - 1];
                var gap = g.X0 - p.X1;
                var wide = IsWide(p.Text[p.Text.Length - 1]) || IsWide(g.Text[0]);
                if (gap > (wide ? 1.5 : 0.2) * height) sb.Append(' ');
            }

            sb.Append(g.Text);
        }

        return sb.ToString();
    }
}
