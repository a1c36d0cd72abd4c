using Disclosure.Format.Diagnostics;
using Disclosure.Format.Documents.Pdf;
using Disclosure.Format.Import;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Fonts;

namespace Disclosure.Format.Documents;

/// <summary>
/// Reads a PDF into a <see cref="ReportDocument"/>: from each page's characters with their positions and its drawn
/// ruling lines (line segments and thin filled rectangles), it rebuilds each table's grid — rows and columns from the
/// rules' positions, merged cells where no rule separates two slots — and the text outside the tables as paragraphs in
/// reading order. A table drawn without rules gets its grid from the words' positions: rows from the lines of numbers,
/// columns from where the numbers line up across the table, a blank cell blank. Every cell's location gives its page
/// and its box on the page (<see cref="SourceLocation.Box"/>, in
/// points from the page's top-left corner) as well as its table, row and column.
/// </summary>
/// <remarks>
/// <para>
/// The PDF is parsed with PdfPig, offline, from memory. Characters placed one by one (as WPS exports them) are joined by
/// position; a label wrapped over several lines inside its cell is one text (CJK lines joined directly, other lines with
/// <c>\n</c>); a header split over lines (<c>商业</c> / <c>企业</c>) is one cell. A table that goes on at the top of
/// the next page with the same columns is joined into one table, its repeated header rows left out and a merged label
/// cell cut by the page break made one cell over its rows on both pages; page numbers in the
/// top and bottom margins are left out of the text. The document's <see cref="ReportDocument.Title"/> is the report's
/// title read from the first lines of its first page (printed over one to three lines, joined as one paragraph), never
/// the PDF's title property (often its template's or another file's name); the importer reads the agency and the year
/// from it as from any report's title.
/// </para>
/// <para>
/// Never throws on any bytes: a file that cannot be read gives an empty document with one error in
/// <see cref="ReportDocument.Diagnostics"/> (<see cref="PdfCodes"/>: not a PDF, encrypted, damaged, no text layer, too
/// many pages); a limit reached while reading stops there with an error and keeps the pages read; a page that cannot
/// be read is left out with a warning. Decoded streams are bounded (<see cref="PdfReadOptions.MaxStreamBytes"/>,
/// <see cref="PdfReadOptions.MaxDecodedBytes"/>), so a compression bomb costs at most the limits. A row of an unruled
/// table whose numbers cannot be placed one to a column is left blank with a warning
/// (<see cref="PdfCodes.NumbersNotPlaced"/>), never guessed.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// ReportDocument document = PdfReportReader.ReadFile("report.pdf");
/// foreach (var table in document.Tables)
///     foreach (var cell in table.Cells)
///         Console.WriteLine($"{cell.Location}: {cell.Text}");   // report.pdf, page 3 (318.7,503.6 …), table 3, row 5, cell 4: 95
/// ImportResult result = ReportDocumentImporter.Import(document);   // or ReportDocumentImporter.ImportPdf(bytes)
/// </code>
/// </example>
public static class PdfReportReader
{
    /// <summary>Reads a PDF from its bytes.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="options">The source name and limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The document; on failure, an empty document whose diagnostics say why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is <see langword="null"/>.</exception>
    public static ReportDocument Read(byte[] bytes, PdfReadOptions? options = null)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        return Read(bytes, bytes.Length, options ?? PdfReadOptions.Default);
    }

    /// <summary>Reads a PDF from a stream (read to its end, at most <see cref="PdfReadOptions.MaxFileBytes"/> bytes; not closed).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">The source name and limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The document; on failure, an empty document whose diagnostics say why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ReportDocument Read(Stream stream, PdfReadOptions? options = null)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        options ??= PdfReadOptions.Default;
        if (stream.CanSeek && stream.Length - stream.Position > options.MaxFileBytes)
        {
            return Failed(options, DocumentCodes.DocumentTooLarge, PdfMessages.FileTooLarge(stream.Length - stream.Position, options.MaxFileBytes));
        }

        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, n);
            if (copy.Length > options.MaxFileBytes)
            {
                return Failed(options, DocumentCodes.DocumentTooLarge, PdfMessages.FileTooLarge(copy.Length, options.MaxFileBytes));
            }
        }

        return Read(copy.GetBuffer(), (int)copy.Length, options);
    }

    /// <summary>Reads a PDF from a path. The source name is the file name unless <paramref name="options"/> gives one.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The source name and limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The document; on failure, an empty document whose diagnostics say why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file could not be read (not found, locked).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ReportDocument ReadFile(string path, PdfReadOptions? options = null)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        options ??= PdfReadOptions.Default;
        if (options.SourceName is null)
        {
            options = options with { SourceName = Path.GetFileName(path) };
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read(file, options);
    }

    /// <summary><see langword="true"/> when the bytes start like a PDF: <c>%PDF-</c> within the first 1 024 bytes.</summary>
    /// <param name="bytes">The file's first bytes (or all of them).</param>
    /// <returns>Whether the bytes look like a PDF.</returns>
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => Signature(bytes) >= 0;

    private static int Signature(ReadOnlySpan<byte> bytes)
    {
        var end = Math.Min(bytes.Length, 1024) - 5;
        for (var i = 0; i <= end; i++)
        {
            if (bytes[i] == (byte)'%' && bytes[i + 1] == (byte)'P' && bytes[i + 2] == (byte)'D' && bytes[i + 3] == (byte)'F' && bytes[i + 4] == (byte)'-') return i;
        }

        return -1;
    }

    private static ReportDocument Read(byte[] bytes, int length, PdfReadOptions options)
    {
        try
        {
            if (length > options.MaxFileBytes)
            {
                return Failed(options, DocumentCodes.DocumentTooLarge, PdfMessages.FileTooLarge(length, options.MaxFileBytes));
            }

            if (Signature(new ReadOnlySpan<byte>(bytes, 0, length)) < 0)
            {
                return Failed(options, PdfCodes.NotAPdf, PdfMessages.NotAPdf(Lookalike(new ReadOnlySpan<byte>(bytes, 0, length))));
            }

            return ReadDocument(new ReadOnlyMemory<byte>(bytes, 0, length), options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect of this reader, never a property of the input: reported, never thrown (see DocumentCodes.InternalError).
            return Failed(options, DocumentCodes.InternalError, PdfMessages.Internal(e.GetType().Name));
        }
    }

    private static ReportDocument ReadDocument(ReadOnlyMemory<byte> bytes, PdfReadOptions options)
    {
        var parsing = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            ClipPaths = false,
            FilterProvider = new LimitedFilterProvider(DefaultFilterProvider.Instance, options.MaxStreamBytes, options.MaxDecodedBytes),
        };

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, parsing);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Failed(options, PdfCodes.Encrypted, PdfMessages.Encrypted);
        }
        catch (DecodeLimitException e)
        {
            return Failed(options, PdfCodes.StreamTooLarge, PdfMessages.StreamTooLarge(e.Limit, e.Total));
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            return Failed(options, PdfCodes.Damaged, PdfMessages.Damaged(e.GetType().Name));
        }

        var abandoned = false;
        try
        {
            return ReadPages(document, options, ref abandoned);
        }
        finally
        {
            // A page abandoned past its time may still be inside PdfPig on its worker: the document is left to it (and
            // to the garbage collector) rather than disposed under it.
            if (!abandoned) document.Dispose();
        }
    }

    /// <summary>What one page gives: its blocks, or the limit it reached; whether it holds images; its unplaced rows.</summary>
    private sealed class PageWork
    {
        public List<object>? Blocks { get; set; }

        public bool Empty { get; set; }

        public bool HasImages { get; set; }

        public Message? TooComplex { get; set; }

        public List<UnplacedRow> Unplaced { get; } = [];
    }

    /// <summary>Reads and lays out one page (PdfPig's parsing of the page, then this reader's layout).</summary>
    private static PageWork ReadPage(PdfDocument document, int n, PdfReadOptions options)
    {
        var work = new PageWork();
        options.BeforePage?.Invoke(n);
        var page = document.GetPage(n);
        if (page.Letters.Count > options.MaxLettersPerPage)
        {
            work.TooComplex = PdfMessages.TooManyLetters(page.Letters.Count, options.MaxLettersPerPage);
            return work;
        }

        if (page.Paths.Count > options.MaxPathsPerPage)
        {
            work.TooComplex = PdfMessages.TooManyPaths(page.Paths.Count, options.MaxPathsPerPage);
            return work;
        }

        var content = PdfPageContent.From(page);
        if (content.Glyphs.Count == 0 || (content.Horizontal.Count == 0 && content.Vertical.Count == 0))
        {
            work.HasImages = page.NumberOfImages > 0;
        }

        work.Empty = content.Glyphs.Count == 0;
        if (!work.Empty) work.Blocks = PageLayout.Lay(content, work.Unplaced);
        return work;
    }

    /// <summary>
    /// Reads one page within <see cref="PdfReadOptions.MaxPageTime"/>: PdfPig cannot be interrupted, so the page is read
    /// on a worker thread of its own (a background thread with a 16 MiB stack) and waited for at most that long; past
    /// it, the worker is abandoned — it may go on until PdfPig returns, and its result is dropped — and
    /// <see langword="null"/> is returned. Without a limit the page is read on the caller's thread. An exception of the
    /// page's reading is rethrown on the caller's thread as it was thrown.
    /// </summary>
    private static PageWork? ReadPageTimed(PdfDocument document, int n, PdfReadOptions options)
    {
        if (options.MaxPageTime <= TimeSpan.Zero) return ReadPage(document, n, options);
        var worker = new PageWorker(document, n, options);
        var thread = new Thread(worker.Run, WorkerStackBytes) { IsBackground = true, Name = "PdfReportReader page " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        thread.Start();
        if (!worker.Done.Wait(options.MaxPageTime))
        {
            return null; // abandoned: the worker still sets (and never sees disposed) its event
        }

        worker.Done.Dispose();
        worker.Error?.Throw();
        return worker.Result;
    }

    private const int WorkerStackBytes = 16 * 1024 * 1024;

    /// <summary>One page read on a worker thread: never lets an exception escape the thread (that would end the process).</summary>
    private sealed class PageWorker(PdfDocument document, int page, PdfReadOptions options)
    {
        public ManualResetEventSlim Done { get; } = new(false);

        public PageWork? Result { get; private set; }

        public System.Runtime.ExceptionServices.ExceptionDispatchInfo? Error { get; private set; }

        public void Run()
        {
            try
            {
                Result = ReadPage(document, page, options);
            }
            catch (Exception e)
            {
                Error = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                Done.Set();
            }
        }
    }

    private static ReportDocument ReadPages(PdfDocument document, PdfReadOptions options, ref bool abandoned)
    {
        int pageCount;
        try
        {
            pageCount = document.NumberOfPages;
        }
        catch (PdfDocumentEncryptedException)
        {
            return Failed(options, PdfCodes.Encrypted, PdfMessages.Encrypted);
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            return Failed(options, PdfCodes.Damaged, PdfMessages.Damaged(e.GetType().Name));
        }

        if (pageCount > options.MaxPages)
        {
            return Failed(options, PdfCodes.TooManyPages, PdfMessages.TooManyPages(pageCount, options.MaxPages));
        }

        if (pageCount < 1)
        {
            return Failed(options, PdfCodes.Damaged, PdfMessages.NoPages);
        }

        var diagnostics = new List<Diagnostic>();
        var pages = new List<(int Page, List<object> Blocks)>();
        var textPages = 0;
        var imagePages = new List<int>();
        var emptyPages = new List<int>();
        var unplaced = new List<UnplacedRow>();
        for (var n = 1; n <= pageCount; n++)
        {
            PageWork? work;
            try
            {
                work = ReadPageTimed(document, n, options);
            }
            catch (PdfDocumentEncryptedException)
            {
                return Failed(options, PdfCodes.Encrypted, PdfMessages.Encrypted);
            }
            catch (DecodeLimitException e)
            {
                diagnostics.Add(Diagnose(options, PdfCodes.StreamTooLarge, DiagnosticSeverity.Error, PdfMessages.StreamTooLarge(e.Limit, e.Total), n));
                break;
            }
            catch (Exception e) when (IsParserFailure(e))
            {
                diagnostics.Add(Diagnose(options, PdfCodes.PageNotRead, DiagnosticSeverity.Warning, PdfMessages.PageNotRead(e.GetType().Name), n));
                continue;
            }

            if (work is null)
            {
                abandoned = true;
                diagnostics.Add(Diagnose(options, PdfCodes.PageTooSlow, DiagnosticSeverity.Error, PdfMessages.TooSlow(options.MaxPageTime), n));
                break;
            }

            if (work.TooComplex is { } tooComplex)
            {
                diagnostics.Add(Diagnose(options, PdfCodes.PageTooComplex, DiagnosticSeverity.Error, tooComplex, n));
                break;
            }

            if (work.HasImages) imagePages.Add(n);
            if (work.Empty)
            {
                emptyPages.Add(n);
            }
            else
            {
                textPages++;
                pages.Add((n, work.Blocks!));
                unplaced.AddRange(work.Unplaced);
            }
        }

        if (textPages == 0 && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            diagnostics.Add(Diagnose(options, PdfCodes.NoTextLayer, DiagnosticSeverity.Error, PdfMessages.NoTextLayer(imagePages.Count > 0), null));
            return new ReportDocument([]) { SourceName = options.SourceName, Diagnostics = diagnostics };
        }

        if (textPages > 0)
        {
            foreach (var n in emptyPages)
            {
                diagnostics.Add(Diagnose(options, PdfCodes.PageWithoutText, DiagnosticSeverity.Warning, PdfMessages.PageWithoutText(imagePages.Contains(n)), n));
            }
        }

        foreach (var row in unplaced)
        {
            var diagnostic = Diagnose(options, PdfCodes.NumbersNotPlaced, DiagnosticSeverity.Warning, PdfMessages.NumbersNotPlaced(row.Numbers), row.Page);
            diagnostics.Add(diagnostic with { Location = diagnostic.Location! with { Box = row.Box } });
        }

        var blocks = Assemble(pages, options.SourceName);
        var title = JoinTitle(blocks);
        if (!blocks.OfType<DocumentTable>().Any() && imagePages.Count > 0)
        {
            diagnostics.Add(Diagnose(options, PdfCodes.TablesAsImages, DiagnosticSeverity.Warning, PdfMessages.TablesAsImages, imagePages[0]));
        }

        return new ReportDocument(blocks)
        {
            Title = title,
            SourceName = options.SourceName,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>
    /// The report's title from the first lines of the first page, read as the text importer reads a title at the start
    /// of a text (<see cref="TitleReader.TitleLines"/>: the first lines, at most three, up to one that says <c>报告</c>):
    /// the title printed over two or three lines (<c>淮安市洪泽区人民政府</c> / <c>2024年政府信息公开工作年度报告</c>) becomes
    /// one paragraph, in place of its lines. <see langword="null"/> when the first page does not open with a title.
    /// </summary>
    private static string? JoinTitle(List<DocumentBlock> blocks)
    {
        var lead = new List<DocumentParagraph>();
        foreach (var block in blocks)
        {
            if (lead.Count == 3 || block is not DocumentParagraph { Location.Page: 1 } paragraph || paragraph.Text.IndexOf('\n') >= 0) break;
            lead.Add(paragraph);
        }

        if (lead.Count == 0) return null;
        var text = string.Join("\n", lead.Select(p => p.Text));
        var (title, end) = TitleReader.TitleLines(text, 0, text.Length);
        if (title is null) return null;
        var count = 1 + text.Substring(0, end).TrimEnd('\n').Count(c => c == '\n');
        var boxes = lead.Take(count).Select(p => p.Location?.Box).OfType<PageBox>().ToList();
        PageBox? box = null;
        if (boxes.Count > 0)
        {
            var x0 = boxes.Min(b => b.X);
            var y0 = boxes.Min(b => b.Y);
            box = new PageBox(x0, y0, boxes.Max(b => b.X + b.Width) - x0, boxes.Max(b => b.Y + b.Height) - y0);
        }

        blocks.RemoveRange(0, count);
        blocks.Insert(0, new DocumentParagraph(title) { Location = lead[0].Location! with { Box = box } });
        return title;
    }

    /// <summary>
    /// Puts the pages' blocks in reading order: a table at the top of a page that continues the table at the bottom of
    /// the page before (same columns) is joined to it, and so is a paragraph that goes on from one page to the next.
    /// </summary>
    private static List<DocumentBlock> Assemble(List<(int Page, List<object> Blocks)> pages, string? source)
    {
        var items = new List<object>();
        foreach (var (_, blocks) in pages)
        {
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                var last = items.Count > 0 ? items[items.Count - 1] : null;
                if (i == 0 && block is GridTable table && last is GridTable previous && previous.Page < table.Page && previous.ContinuesInto(table))
                {
                    previous.Append(table);
                    continue;
                }

                // A browser prints the label of a merged cell cut by the page break below the table's part on that page:
                // when the next page goes on with the table, that text is the cell's, and the parts are one table.
                if (i == 0 && block is GridTable continuation && last is PageParagraph overflow && items.Count >= 2
                    && items[items.Count - 2] is GridTable before && before.Page < continuation.Page && before.ContinuesInto(continuation)
                    && before.TakeOverflowLabel(overflow))
                {
                    items.RemoveAt(items.Count - 1);
                    before.Append(continuation);
                    continue;
                }

                if (i == 0 && block is PageParagraph paragraph && last is PageParagraph open && open.EndsOpen && !paragraph.OpensIndented
                    && Math.Abs(open.Lines[open.Lines.Count - 1].Height - paragraph.Lines[0].Height) < 0.15 * paragraph.Lines[0].Height)
                {
                    open.Lines.AddRange(paragraph.Lines);
                    open.EndsOpen = paragraph.EndsOpen;
                    continue;
                }

                items.Add(block);
            }
        }

        var result = new List<DocumentBlock>(items.Count);
        var number = 0;
        foreach (var item in items)
        {
            if (item is GridTable table)
            {
                number++;
                var cells = table.Cells.Select(c => new DocumentCell
                {
                    Row = c.Row,
                    Column = c.Column,
                    RowSpan = c.RowSpan,
                    ColumnSpan = c.ColumnSpan,
                    Text = c.Text,
                    Location = new SourceLocation { Source = source, Page = c.Page, Box = c.Box, Table = number, Row = c.Row + 1, Cell = c.Column + 1 },
                });
                result.Add(new DocumentTable(number, table.RowCount, table.ColumnCount, cells)
                {
                    Location = new SourceLocation { Source = source, Page = table.Page, Table = number },
                });
            }
            else if (item is PageParagraph paragraph)
            {
                result.Add(new DocumentParagraph(TextLine.JoinLines(paragraph.Lines, ' '))
                {
                    Location = new SourceLocation { Source = source, Page = paragraph.Page, Box = paragraph.Box },
                });
            }
        }

        return result;
    }

    /// <summary>What the bytes look like when they are not a PDF, for the message.</summary>
    private static string? Lookalike(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return "empty";
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) return "zip";
        if (bytes.Length >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0) return "ole";
        var head = System.Text.Encoding.ASCII.GetString(bytes.Slice(0, Math.Min(bytes.Length, 512)).ToArray()).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal) || head.Contains("<body")) return "html";
        return null;
    }

    /// <summary>
    /// The exceptions PdfPig throws on a damaged file, told by type (never by message): its own
    /// <see cref="PdfDocumentFormatException"/> and the framework exceptions its parsers let through on malformed data (a
    /// <see cref="System.Security.Cryptography.CryptographicException"/> from a damaged encrypted stream, found by fuzzing).
    /// </summary>
    private static bool IsParserFailure(Exception e) =>
        e is PdfDocumentFormatException or PdfDocumentStackDepthException or CorruptCompressedDataException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException
            or InvalidCastException or FormatException or OverflowException or KeyNotFoundException or InvalidDataException or IOException
            or NotSupportedException or NotImplementedException or DivideByZeroException or ArithmeticException or InvalidFontFormatException
            or System.Security.Cryptography.CryptographicException
            or PdfDocumentEncryptedException;

    private static ReportDocument Failed(PdfReadOptions options, string code, Message message) =>
        new([]) { SourceName = options.SourceName, Diagnostics = [Diagnose(options, code, DiagnosticSeverity.Error, message, null)] };

    private static Diagnostic Diagnose(PdfReadOptions options, string code, DiagnosticSeverity severity, Message message, int? page) => new()
    {
        Code = code,
        Severity = severity,
        Pointer = string.Empty,
        Message = message.En,
        MessageZh = message.Zh,
        Location = options.SourceName is null && page is null ? null : new SourceLocation { Source = options.SourceName, Page = page },
    };
}
