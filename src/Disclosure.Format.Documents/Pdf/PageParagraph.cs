using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Pdf;

/// <summary>A paragraph of free text found on a page: its lines joined, where it starts, and whether its last line runs to the margin.</summary>
internal sealed class PageParagraph
{
    public PageParagraph(int page, List<TextLine> lines, bool opensIndented, bool endsOpen)
    {
        Page = page;
        Lines = lines;
        OpensIndented = opensIndented;
        EndsOpen = endsOpen;
    }

    public int Page { get; }

    public List<TextLine> Lines { get; }

    public double Top => Lines[0].Y0;

    /// <summary>The first line starts to the right of the text's left margin (a first-line indent, a centred line).</summary>
    public bool OpensIndented { get; }

    /// <summary>The last line reaches the right margin: the paragraph may go on at the top of the next page.</summary>
    public bool EndsOpen { get; set; }

    public PageBox Box
    {
        get
        {
            var x0 = Lines.Min(l => l.X0);
            var x1 = Lines.Max(l => l.X1);
            var y1 = Lines.Max(l => l.Y1);
            return new PageBox(x0, Top, x1 - x0, y1 - Top);
        }
    }
}
