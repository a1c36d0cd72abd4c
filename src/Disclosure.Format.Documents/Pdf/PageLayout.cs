using System.Text.RegularExpressions;

namespace Disclosure.Format.Documents.Pdf;

/// <summary>
/// Lays out one page: its ruled tables, its unruled tables (<see cref="UnruledTables"/>), and the text outside them as
/// paragraphs in reading order (top to bottom), page numbers in the top and bottom margins left out.
/// </summary>
internal static class PageLayout
{
    private static readonly Regex PageNumber = new(
        @"^\s*(?:[-—–－‐]*\s*\d{1,4}\s*[-—–－‐]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>The page's blocks (tables and paragraphs) ordered top to bottom.</summary>
    /// <param name="page">The page's content.</param>
    /// <param name="unplaced">Receives the rows of unruled tables whose numbers could not be placed in columns.</param>
    public static List<object> Lay(PdfPageContent page, List<UnplacedRow> unplaced)
    {
        var used = new bool[page.Glyphs.Count];
        var blocks = new List<(double Top, object Block)>();
        foreach (var table in RuledTables.Find(page, used))
        {
            blocks.Add((table.Top, table));
        }

        var free = new List<Glyph>();
        for (var i = 0; i < page.Glyphs.Count; i++)
        {
            if (!used[i]) free.Add(page.Glyphs[i]);
        }

        var consumed = new HashSet<Glyph>();
        foreach (var table in UnruledTables.Find(page.Number, free, consumed, unplaced))
        {
            blocks.Add((table.Top, table));
        }

        if (consumed.Count > 0) free.RemoveAll(consumed.Contains);
        var lines = TextLine.Group(free);
        lines.RemoveAll(l => IsPageNumber(l, page));
        foreach (var paragraph in Paragraphs(page, lines, blocks.Select(b => ((GridTable)b.Block)).ToList()))
        {
            blocks.Add((paragraph.Top, paragraph));
        }

        blocks.Sort((a, b) => a.Top.CompareTo(b.Top));
        return blocks.Select(b => b.Block).ToList();
    }

    private static bool IsPageNumber(TextLine line, PdfPageContent page) =>
        (line.Y0 > page.Height * 0.85 || line.Y1 < page.Height * 0.1) && PageNumber.IsMatch(line.Text);

    /// <summary>
    /// Splits lines into paragraphs: a new paragraph starts at an indented line, after a line that ends short of the
    /// right margin, at a change of font size, after a wide vertical gap, or where a table lies between two lines.
    /// </summary>
    private static List<PageParagraph> Paragraphs(PdfPageContent content, List<TextLine> lines, List<GridTable> tables)
    {
        var paragraphs = new List<PageParagraph>();
        if (lines.Count == 0) return paragraphs;
        var left = lines.Min(l => l.X0);
        var right = lines.Max(l => l.X1);
        var page = content.Number;

        // A line "reaches the margin" only where the text has a measure: a page of one short line has none.
        var measured = right - left > content.Width * 0.5;
        var current = new List<TextLine>();
        var indented = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var lineIndented = line.X0 > left + line.Height * 0.8;
            if (current.Count > 0)
            {
                var previous = current[current.Count - 1];
                var gap = line.Y0 - previous.Y1;
                var breaks = lineIndented
                    || previous.X1 < right - previous.Height * 1.5
                    || Math.Abs(line.Height - previous.Height) > 0.15 * Math.Max(line.Height, previous.Height)
                    || gap > 1.5 * Math.Max(line.Height, previous.Height)
                    || tables.Any(t => t.Top >= previous.Y1 - 1 && t.Top <= line.Y0 + 1);
                if (breaks)
                {
                    paragraphs.Add(new PageParagraph(page, current, indented, measured && previous.X1 >= right - previous.Height * 1.5));
                    current = [];
                }
            }

            if (current.Count == 0) indented = lineIndented;
            current.Add(line);
        }

        var last = current[current.Count - 1];
        paragraphs.Add(new PageParagraph(page, current, indented, measured && last.X1 >= right - last.Height * 1.5));
        return paragraphs;
    }
}
