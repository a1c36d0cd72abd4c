using System.Text;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Grid;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as the text the importer reads exactly, and keeps, for every character
/// written, the place in the document it came from. Paragraphs become lines. Each table row becomes one line of
/// tab-separated fields: a header row writes the cells that start in it; a value row writes its label cells and then
/// one field per grid column of the value part, where a slot covered by a merged cell from a row above, or by no cell,
/// is an empty field (blank: values are never copied into the slots a merged cell covers).
/// </summary>
internal sealed class GridText
{
    private readonly StringBuilder sb = new();
    private readonly List<int> starts = [];
    private readonly List<SourceLocation> locations = [];
    private readonly SourceLocation fallback;

    private GridText(string? sourceName)
    {
        fallback = new SourceLocation { Source = sourceName };
    }

    /// <summary>The text written.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>The slots written as empty fields because a merged value cell from a row above covers them.</summary>
    public List<CoveredSlot> Covered { get; } = [];

    /// <summary>A slot of a table covered by a merged value cell that starts in a row above it.</summary>
    internal readonly record struct CoveredSlot(DocumentTable Table, int Row, int Column, DocumentCell By);

    /// <summary>Writes the document, leaving out the blocks <paramref name="skip"/> says (a signature; null: none).</summary>
    public static GridText Write(ReportDocument document, Func<DocumentBlock, bool>? skip = null)
    {
        var writer = new GridText(document.SourceName);
        if (TitleLine(document.Title) is { } title && !OpensWith(document, title))
        {
            writer.Put(title, writer.fallback);
            writer.Put("\n", writer.fallback);
        }

        foreach (var block in document.Blocks)
        {
            if (skip is not null && skip(block)) continue;
            switch (block)
            {
                case DocumentParagraph paragraph:
                    writer.Put(paragraph.Text, block.Location ?? writer.fallback);
                    writer.sb.Append('\n');
                    break;
                case DocumentTable table:
                    writer.WriteTable(table);
                    break;
            }
        }

        writer.Text = writer.sb.ToString();
        return writer;
    }

    /// <summary>The location of an index of <see cref="Text"/> (or its end): the field, paragraph or line it was written from.</summary>
    public SourceLocation Locate(int index)
    {
        var i = starts.BinarySearch(index);
        if (i < 0) i = ~i - 1;
        return i < 0 ? fallback : locations[i];
    }

    /// <summary>
    /// The report's title from a page title: sites add their column and site names after a separator
    /// (<c>…年度报告_政府信息公开年报_某某网站</c>); the part that names the report is kept.
    /// </summary>
    internal static string? TitleLine(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var parts = title!.Split(['_', '|', '｜'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            if (part.Contains("报告")) return part.Trim();
        }

        return title.Trim();
    }

    private void Put(string text, SourceLocation location)
    {
        starts.Add(sb.Length);
        locations.Add(location);
        sb.Append(text);
    }

    private void WriteTable(DocumentTable table)
    {
        var firstValueColumn = table.ColumnCount;
        foreach (var cell in table.Cells)
        {
            if (IsValueLike(cell.Text) && cell.Column < firstValueColumn) firstValueColumn = cell.Column;
        }

        var fields = new List<(string Text, SourceLocation Location, bool NoCell)>();
        for (var r = 0; r < table.RowCount; r++)
        {
            fields.Clear();
            var valueRow = IsValueRow(table, r, firstValueColumn);
            for (var c = 0; c < table.ColumnCount; c++)
            {
                var cell = table.CellAt(r, c);
                if (cell is not null && cell.Row == r && cell.Column == c)
                {
                    fields.Add((WithoutNote(cell.Text.Replace('\n', ' ')), cell.Location, false));
                    continue;
                }

                if (!valueRow || c < firstValueColumn || (cell is not null && cell.Row == r))
                {
                    continue; // a header's or label's merged slot, or the rest of a cell spanning columns of this row
                }

                var location = new SourceLocation
                {
                    Source = cell?.Location.Source ?? fallback.Source,
                    Line = cell?.Location.Line,
                    Column = cell?.Location.Column,
                    Table = table.Number,
                    Row = r + 1,
                    Cell = c + 1,
                };
                fields.Add((string.Empty, location, cell is null));
                if (cell is not null && (IsValueLike(cell.Text) || cell.Text.Length == 0))
                {
                    Covered.Add(new CoveredSlot(table, r, c, cell));
                }
            }

            // Trailing slots no cell covers (a short row) add nothing.
            var count = fields.Count;
            while (count > 0 && fields[count - 1].NoCell)
            {
                count--;
            }

            if (count == 0)
            {
                continue;
            }

            for (var i = 0; i < count; i++)
            {
                // The separator after a field belongs to it, so an empty field still has a character that locates it.
                Put(fields[i].Text, fields[i].Location);
                sb.Append(i + 1 < count ? '\t' : '\n');
            }
        }

        sb.Append('\n');
    }

    /// <summary>
    /// <see langword="true"/> when the document's body opens with its title line (a Word file whose title property is
    /// the title paragraph, also when that paragraph breaks the title over lines): the title is then written once, from
    /// the body.
    /// </summary>
    private static bool OpensWith(ReportDocument document, string title)
    {
        foreach (var block in document.Blocks)
        {
            // A title broken over lines by hand (Shift+Enter in Word) is the same title.
            return block is DocumentParagraph paragraph
                && string.Equals(string.Concat(paragraph.Text.Split('\n').Select(l => l.Trim())), title, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>
    /// A value cell's figure without the note published after it in brackets (<c>22（其中修订16件）</c>,
    /// <c>3(注：含上年度遗留1件)</c> → <c>22</c>, <c>3</c>): the note's own digits are not a figure of the row. The
    /// cell's whole text stays in the document (<see cref="DocumentCell.Text"/>) at the location the import gives.
    /// </summary>
    internal static string WithoutNote(string text)
    {
        var t = text.Trim();
        if (t.Length < 3 || !IsValueLike(t) || t[t.Length - 1] is not ('）' or ')'))
        {
            return text;
        }

        var open = t.IndexOfAny(['（', '(']);
        if (open <= 0 || t.IndexOfAny(['（', '(', '）', ')'], open + 1) != t.Length - 1)
        {
            return text; // not one bracketed note at the end
        }

        var figure = t.Substring(0, open).TrimEnd();
        foreach (var c in figure)
        {
            if (!(IsDigit(c) || c is '.' or ',' or '，' or '-' or '－' or '+' or '＋' or '万' or '元' or '件' or '个' or '项' or '条'))
            {
                return text;
            }
        }

        return figure;
    }

    /// <summary>
    /// A row with a value slot (at or after the first column holding a number) that holds a number, a "none" mark, is
    /// empty, or is covered by no cell; a row whose value slots all hold text is a header row.
    /// </summary>
    private static bool IsValueRow(DocumentTable table, int row, int firstValueColumn)
    {
        for (var c = firstValueColumn; c < table.ColumnCount; c++)
        {
            var cell = table.CellAt(row, c);
            if (cell is null || cell.Text.Length == 0 || IsValueLike(cell.Text)) return true;
        }

        return false;
    }

    /// <summary>A cell's text that is a figure: it starts with a digit (or a sign and a digit), or is a written "none".</summary>
    internal static bool IsValueLike(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return false;
        var c = t[0];
        if (IsDigit(c)) return true;
        if (c is '-' or '－' or '+' or '＋' && t.Length > 1 && IsDigit(t[1])) return true;
        return t is "/" or "／" or "-" or "－" or "—" or "——" or "–" or "无" or "\\" or "×";
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';
}
