using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Disclosure.Format.Documents.Tests.Pdf;

/// <summary>
/// Writes small PDFs by hand for the reader's tests: pages with text in Helvetica (ASCII) and ruling lines, a page
/// tree of any size, and streams of any content, with a correct cross-reference table.
/// </summary>
internal static class MiniPdf
{
    /// <summary>One page's content: text runs at (x, y from the top) and line segments (x0, y0, x1, y1 from the top).</summary>
    internal sealed record PageSpec(IReadOnlyList<(double X, double Y, string Text)> Texts, IReadOnlyList<(double X0, double Y0, double X1, double Y1)> Lines);

    public static byte[] Pages(IReadOnlyList<PageSpec> pages) =>
        Build(pages.Select(p => Content(p)).ToList(), pages.Count);

    /// <summary>A PDF whose every one of <paramref name="count"/> pages shares one content stream.</summary>
    public static byte[] ManyPages(int count, string content) => Build([Encoding.ASCII.GetBytes(content)], count);

    /// <summary>A one-page PDF whose content stream is <paramref name="deflated"/> (already Flate-compressed).</summary>
    public static byte[] WithFlateContent(byte[] deflated) => Build([deflated], 1, flate: true);

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) z.Write(data);
        return output.ToArray();
    }

    private static byte[] Content(PageSpec page)
    {
        var sb = new StringBuilder();
        foreach (var (x0, y0, x1, y1) in page.Lines)
        {
            sb.Append(F(x0)).Append(' ').Append(F(842 - y0)).Append(" m ").Append(F(x1)).Append(' ').Append(F(842 - y1)).Append(" l S\n");
        }

        foreach (var (x, y, text) in page.Texts)
        {
            sb.Append("BT /F1 10 Tf ").Append(F(x)).Append(' ').Append(F(842 - y)).Append(" Td (").Append(text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)")).Append(") Tj ET\n");
        }

        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Objects: 1 catalog, 2 page tree, 3 font, then the content streams, then the pages (page i uses stream
    /// min(i, streams - 1)).
    /// </summary>
    private static byte[] Build(IReadOnlyList<byte[]> streams, int pageCount, bool flate = false)
    {
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => output.Write(Encoding.ASCII.GetBytes(s));
        void Object(int number, Action body)
        {
            while (offsets.Count < number) offsets.Add(0);
            offsets[number - 1] = output.Position;
            Write($"{number} 0 obj\n");
            body();
            Write("\nendobj\n");
        }

        Write("%PDF-1.4\n%\u00e2\u00e3\n");
        var firstStream = 4;
        var firstPage = firstStream + streams.Count;
        Object(1, () => Write("<< /Type /Catalog /Pages 2 0 R >>"));
        Object(2, () =>
        {
            var kids = new StringBuilder();
            for (var i = 0; i < pageCount; i++) kids.Append(firstPage + i).Append(" 0 R ");
            Write($"<< /Type /Pages /Count {pageCount} /Kids [{kids}] >>");
        });
        Object(3, () => Write("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
        for (var s = 0; s < streams.Count; s++)
        {
            var data = streams[s];
            Object(firstStream + s, () =>
            {
                Write($"<< /Length {data.Length}{(flate ? " /Filter /FlateDecode" : string.Empty)} >>\nstream\n");
                output.Write(data);
                Write("\nendstream");
            });
        }

        for (var i = 0; i < pageCount; i++)
        {
            var stream = firstStream + Math.Min(i, streams.Count - 1);
            Object(firstPage + i, () => Write($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {stream} 0 R >>"));
        }

        var xref = output.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }
}
