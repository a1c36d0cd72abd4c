using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace Disclosure.Format.Documents.Pdf;

/// <summary>What the reader takes from one page: its characters and its ruling lines, in top-down page coordinates.</summary>
internal sealed class PdfPageContent
{
    /// <summary>The thickest filled rectangle still taken for a drawn line, in points.</summary>
    private const double MaxRuleThickness = 2.5;

    /// <summary>The shortest segment taken for a rule, in points.</summary>
    private const double MinRuleLength = 2;

    private PdfPageContent(int number, double width, double height)
    {
        Number = number;
        Width = width;
        Height = height;
    }

    public int Number { get; }

    public double Width { get; }

    public double Height { get; }

    public List<Glyph> Glyphs { get; } = [];

    public List<Rule> Horizontal { get; } = [];

    public List<Rule> Vertical { get; } = [];

    public static PdfPageContent From(Page page)
    {
        var bounds = page.MediaBox.Bounds;
        var left = Math.Min(bounds.Left, bounds.Right);
        var top = Math.Max(bounds.Top, bounds.Bottom);
        var content = new PdfPageContent(page.Number, Math.Abs(bounds.Width), Math.Abs(bounds.Height));
        foreach (var letter in page.Letters)
        {
            var value = letter.Value;
            if (string.IsNullOrEmpty(value) || IsBlank(value)) continue;
            value = Unified(value);
            double x0, x1, y0, y1;
            var size = letter.PointSize;
            var start = letter.StartBaseLine;
            var end = letter.EndBaseLine;
            if (size > 0.5 && Math.Abs(end.Y - start.Y) < 0.01 && end.X > start.X)
            {
                // Upright text: the advance along the baseline and the font's em band, so that a comma or a quote
                // (whose outline is small) lines up with its neighbours.
                x0 = start.X;
                x1 = end.X;
                y0 = start.Y - size * 0.2;
                y1 = start.Y + size * 0.8;
            }
            else
            {
                var r = letter.BoundingBox;
                x0 = Min4(r.TopLeft.X, r.TopRight.X, r.BottomLeft.X, r.BottomRight.X);
                x1 = Max4(r.TopLeft.X, r.TopRight.X, r.BottomLeft.X, r.BottomRight.X);
                y0 = Min4(r.TopLeft.Y, r.TopRight.Y, r.BottomLeft.Y, r.BottomRight.Y);
                y1 = Max4(r.TopLeft.Y, r.TopRight.Y, r.BottomLeft.Y, r.BottomRight.Y);
                if (x1 - x0 < 0.01 || y1 - y0 < 0.01)
                {
                    // A glyph without a box (a font without metrics): its baseline and its point size.
                    var em = size > 0.5 ? size : 10;
                    x0 = Math.Min(start.X, end.X);
                    x1 = Math.Max(Math.Max(start.X, end.X), x0 + em * 0.5);
                    y0 = start.Y - em * 0.2;
                    y1 = start.Y + em * 0.8;
                }
            }

            // Checked on the page's coordinates, after the move to the media box's corner: a letter and a media box that
            // are each finite can still be 1e308 apart, and every box made from them later must be finite.
            (x0, x1, y0, y1) = (x0 - left, x1 - left, top - y1, top - y0);
            if (!Finite(x0) || !Finite(x1) || !Finite(y0) || !Finite(y1)) continue;
            content.Glyphs.Add(new Glyph(value, x0, y0, x1, y1));
        }

        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            if (path.IsStroked && !IsWhite(path.StrokeColor)) content.AddStroked(path, left, top);
            if (path.IsFilled && !IsWhite(path.FillColor)) content.AddFilled(path, left, top);
        }

        return content;
    }

    /// <summary>
    /// A Kangxi radical or a CJK compatibility ideograph as the unified ideograph it is drawn as (<c>⼈</c> U+2F08 →
    /// <c>人</c>): fonts that share one glyph between them make PDF text extraction give the radical. A vertical form
    /// of vertical text (<c>︑</c> U+FE11 in <c>三︑本年度办理结果</c>) is read as its ordinary form (<c>、</c>).
    /// </summary>
    private static string Unified(string value)
    {
        foreach (var c in value)
        {
            if (c is >= '\u2E80' and <= '\u2FDF' or >= '\uF900' and <= '\uFAFF' or >= '\uFE10' and <= '\uFE19' or >= '\uFE30' and <= '\uFE4F')
            {
                var sb = new System.Text.StringBuilder(value.Length);
                foreach (var ch in value)
                {
                    var i = RadicalsFrom.IndexOf(ch);
                    sb.Append(i >= 0 ? RadicalsTo[i] : ch);
                }

                return sb.ToString().Normalize(System.Text.NormalizationForm.FormKC);
            }
        }

        return value;
    }

    /// <summary>CJK Radicals Supplement characters (no Unicode decomposition) and the ideographs fonts draw them as.</summary>
    private const string RadicalsFrom = "\u2E9F\u2EA0\u2EC4\u2EC5\u2EC6\u2EC9\u2ECB\u2ED3\u2ED4\u2ED8\u2EDA\u2EDB\u2EDC\u2EE2\u2EE5\u2EE6\u2EE8\u2EE9\u2EEC\u2EEE\u2EF0";

    private const string RadicalsTo = "母民西见角贝车长门青页风飞马鱼鸟麦黄齐齿龙";

    private static bool IsBlank(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c)) return false;
        }

        return true;
    }

    private static bool Finite(double v) => !double.IsNaN(v) && !double.IsInfinity(v) && Math.Abs(v) < 1e7;

    private static double Min4(double a, double b, double c, double d) => Math.Min(Math.Min(a, b), Math.Min(c, d));

    private static double Max4(double a, double b, double c, double d) => Math.Max(Math.Max(a, b), Math.Max(c, d));

    private static bool IsWhite(IColor? color)
    {
        if (color is null) return false;
        var (r, g, b) = color.ToRGBValues();
        return r > 0.95 && g > 0.95 && b > 0.95;
    }

    private void AddStroked(PdfPath path, double left, double top)
    {
        foreach (var subpath in path)
        {
            PdfPoint? start = null;
            PdfPoint? current = null;
            foreach (var command in subpath.Commands)
            {
                switch (command)
                {
                    case PdfSubpath.Move move:
                        start = current = move.Location;
                        break;
                    case PdfSubpath.Line line:
                        AddSegment(line.From, line.To, left, top);
                        start ??= line.From;
                        current = line.To;
                        break;
                    case PdfSubpath.Close:
                        if (start is { } s && current is { } c) AddSegment(c, s, left, top);
                        current = start;
                        break;
                    case PdfSubpath.BezierCurve curve:
                        start ??= curve.StartPoint;
                        current = curve.EndPoint;
                        break;
                }
            }
        }
    }

    private void AddFilled(PdfPath path, double left, double top)
    {
        foreach (var subpath in path)
        {
            if (subpath.GetBoundingRectangle() is not { } box) continue;
            var x0 = box.Left - left;
            var x1 = box.Right - left;
            var y0 = top - box.Top;
            var y1 = top - box.Bottom;
            if (x1 < x0) (x0, x1) = (x1, x0);
            if (y1 < y0) (y0, y1) = (y1, y0);
            if (!Finite(x0) || !Finite(x1) || !Finite(y0) || !Finite(y1)) continue;
            var w = x1 - x0;
            var h = y1 - y0;
            if (h <= MaxRuleThickness && w >= MinRuleLength && w > h)
            {
                Horizontal.Add(new Rule((y0 + y1) / 2, x0, x1));
            }
            else if (w <= MaxRuleThickness && h >= MinRuleLength && h > w)
            {
                Vertical.Add(new Rule((x0 + x1) / 2, y0, y1));
            }
        }
    }

    private void AddSegment(PdfPoint from, PdfPoint to, double left, double top)
    {
        var x0 = from.X - left;
        var x1 = to.X - left;
        var y0 = top - from.Y;
        var y1 = top - to.Y;
        if (!Finite(x0) || !Finite(x1) || !Finite(y0) || !Finite(y1)) return;
        if (Math.Abs(y1 - y0) < 0.5 && Math.Abs(x1 - x0) >= MinRuleLength)
        {
            Horizontal.Add(new Rule((y0 + y1) / 2, Math.Min(x0, x1), Math.Max(x0, x1)));
        }
        else if (Math.Abs(x1 - x0) < 0.5 && Math.Abs(y1 - y0) >= MinRuleLength)
        {
            Vertical.Add(new Rule((x0 + x1) / 2, Math.Min(y0, y1), Math.Max(y0, y1)));
        }
    }
}
