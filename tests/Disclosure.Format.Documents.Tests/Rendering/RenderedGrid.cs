using System.Xml;
using System.Xml.Linq;

namespace Disclosure.Format.Documents.Tests.Rendering;

/// <summary>A cell of a table as written in a rendered document: where it starts, its spans, its text and whether it is a header.</summary>
internal sealed record RenderedCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text, bool IsHeader, XElement Element)
{
    public int RowSpan { get; set; } = RowSpan;
}

/// <summary>A table of a rendered document expanded into its grid (the test's own reading of rowspan/colspan and gridSpan/vMerge).</summary>
internal sealed class RenderedGrid
{
    public RenderedGrid(List<RenderedCell> cells, int rows, int width)
    {
        Cells = cells;
        Rows = rows;
        Width = width;
    }

    public List<RenderedCell> Cells { get; }

    public int Rows { get; }

    public int Width { get; }

    public RenderedCell Find(string text) => Cells.First(c => c.Text == text);

    /// <summary>Every slot of the grid is covered by exactly one cell.</summary>
    public bool IsRectangular()
    {
        var cover = new int[Rows, Width];
        foreach (var c in Cells)
        {
            for (var r = c.Row; r < c.Row + c.RowSpan; r++)
            for (var k = c.Column; k < c.Column + c.ColumnSpan; k++)
            {
                if (r >= Rows || k >= Width) return false;
                cover[r, k]++;
            }
        }

        for (var r = 0; r < Rows; r++)
        for (var k = 0; k < Width; k++)
        {
            if (cover[r, k] != 1) return false;
        }

        return true;
    }

    public static XDocument ParseHtml(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    /// <summary>Expands an HTML table's rowspan and colspan.</summary>
    public static RenderedGrid FromHtml(XElement table)
    {
        var taken = new HashSet<(int, int)>();
        var cells = new List<RenderedCell>();
        var rows = table.Descendants("tr").ToList();
        var width = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in rows[r].Elements().Where(e => e.Name == "td" || e.Name == "th"))
            {
                while (taken.Contains((r, c))) c++;
                var rs = (int?)cell.Attribute("rowspan") ?? 1;
                var cs = (int?)cell.Attribute("colspan") ?? 1;
                for (var i = r; i < r + rs; i++)
                for (var k = c; k < c + cs; k++)
                {
                    taken.Add((i, k));
                }

                cells.Add(new RenderedCell(r, c, rs, cs, cell.Value, cell.Name == "th" || (string?)cell.Attribute("class") == "note", cell));
                c += cs;
                width = Math.Max(width, c);
            }
        }

        return new RenderedGrid(cells, rows.Count, width);
    }

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Expands a Word table's gridSpan and vMerge.</summary>
    public static RenderedGrid FromWord(XElement table)
    {
        var cells = new List<RenderedCell>();
        var rows = table.Elements(W + "tr").ToList();
        var above = new Dictionary<int, RenderedCell>();
        var width = table.Element(W + "tblGrid")!.Elements(W + "gridCol").Count();
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var tc in rows[r].Elements(W + "tc"))
            {
                var pr = tc.Element(W + "tcPr");
                var span = (int?)pr?.Element(W + "gridSpan")?.Attribute(W + "val") ?? 1;
                var merge = pr?.Element(W + "vMerge");
                var text = string.Join("\n", tc.Elements(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))));
                if (merge is not null && (string?)merge.Attribute(W + "val") != "restart" && above.TryGetValue(c, out var origin))
                {
                    origin.RowSpan++;
                }
                else
                {
                    var style = (string?)tc.Descendants(W + "pStyle").FirstOrDefault()?.Attribute(W + "val");
                    var cell = new RenderedCell(r, c, 1, span, text, style is "TableHeader" or "TableLabel" or "TableNote", tc);
                    cells.Add(cell);
                    above[c] = cell;
                }

                c += span;
            }
        }

        return new RenderedGrid(cells, rows.Count, width);
    }
}
