using System.Xml;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Documents.Word;
using DocumentFormat.OpenXml.Packaging;

namespace Disclosure.Format.Documents;

/// <summary>
/// Reads a Word file (<c>.docx</c>, also <c>.docm</c>, <c>.dotx</c>) into a <see cref="ReportDocument"/>: its paragraphs
/// and headings in document order and its tables as grids (<c>w:gridSpan</c> and <c>w:vMerge</c> expanded into spans),
/// with each cell's text as displayed and its location (table, row and column of the grid). The document's
/// <see cref="ReportDocument.Title"/> is its title property (core properties), when set, and <see cref="ReportDocument.SourceUrl"/> its
/// identifier property when that is a web address.
/// </summary>
/// <remarks>
/// <para>
/// Read-only and offline: the package is opened read-only with the Open XML SDK from memory; external relationships
/// (linked files, sub-documents, templates) are never followed; macros are never run or read; embedded chunks in other
/// formats are not read (<see cref="WordCodes.ContentNotRead"/>).
/// </para>
/// <para>
/// Never throws on any bytes: a file that cannot be read gives an empty document with one error in
/// <see cref="ReportDocument.Diagnostics"/> (<see cref="WordCodes"/>: not a ZIP package, a binary <c>.doc</c>, an
/// encrypted file, not a Word package, damaged, over a limit). Sizes are checked before and while inflating (see
/// <see cref="WordReadOptions"/>), so a ZIP bomb costs at most the limits.
/// </para>
/// <para>
/// Text as displayed: runs joined; tabs as <c>\t</c>; line breaks and a cell's paragraphs as <c>\n</c>; field results,
/// not field codes; tracked insertions in, tracked deletions out; hidden text (<c>w:vanish</c>) out. Headings: Word's
/// heading styles (<c>heading 1</c>…<c>heading 9</c>, in Chinese <c>标题 1</c>…), the title style
/// (<c>Title</c>/<c>标题</c>, level 1) and paragraphs with an outline level. Tables of contents are left out. A table
/// continued after a page break is two tables here; the importer joins them. A table that holds tables (with four
/// cells at most) is a layout frame: its content is read in its place.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// ReportDocument document = WordReportReader.ReadFile("report.docx");
/// foreach (var table in document.Tables)
///     foreach (var cell in table.Cells)
///         Console.WriteLine($"{cell.Location}: {cell.Text}");   // report.docx, table 2, row 5, cell 4: 12
/// ImportResult result = ReportDocumentImporter.Import(document);   // or ReportDocumentImporter.ImportWord(bytes)
/// </code>
/// </example>
public static class WordReportReader
{
    /// <summary>Reads a Word file from its bytes.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="options">The source name and limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The document; on failure, an empty document whose diagnostics say why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is <see langword="null"/>.</exception>
    public static ReportDocument Read(byte[] bytes, WordReadOptions? options = null)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        return Read(bytes, bytes.Length, options ?? WordReadOptions.Default);
    }

    /// <summary>Reads a Word file from a stream (read to its end, at most <see cref="WordReadOptions.MaxFileBytes"/> bytes; not closed).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">The source name and limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The document; on failure, an empty document whose diagnostics say why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ReportDocument Read(Stream stream, WordReadOptions? options = null)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        options ??= WordReadOptions.Default;
        if (stream.CanSeek && stream.Length - stream.Position > options.MaxFileBytes)
        {
            return Failed(options, DocumentCodes.DocumentTooLarge, WordMessages.FileTooLarge(stream.Length - stream.Position, options.MaxFileBytes));
        }

        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, n);
            if (copy.Length > options.MaxFileBytes)
            {
                return Failed(options, DocumentCodes.DocumentTooLarge, WordMessages.FileTooLarge(copy.Length, options.MaxFileBytes));
            }
        }

        return Read(copy.GetBuffer(), (int)copy.Length, options);
    }

    /// <summary>Reads a Word file from a path. The source name is the file name unless <paramref name="options"/> gives one.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The source name and limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The document; on failure, an empty document whose diagnostics say why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file could not be read (not found, locked).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ReportDocument ReadFile(string path, WordReadOptions? options = null)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        options ??= WordReadOptions.Default;
        if (options.SourceName is null)
        {
            options = options with { SourceName = Path.GetFileName(path) };
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read(file, options);
    }

    private static ReportDocument Read(byte[] bytes, int length, WordReadOptions options)
    {
        try
        {
            return ReadPackage(bytes, length, options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect of this reader, never a property of the input: reported, never thrown (see DocumentCodes.InternalError).
            return Failed(options, DocumentCodes.InternalError, WordMessages.Internal(e.GetType().Name));
        }
    }

    private static ReportDocument ReadPackage(byte[] bytes, int length, WordReadOptions options)
    {
        var findings = new WordPackageCheck.Findings();
        using var stream = new MemoryStream(bytes, 0, length, writable: false, publiclyVisible: true);
        var failure = WordPackageCheck.Check(new ReadOnlySpan<byte>(bytes, 0, length), stream, options, findings);
        if (failure is not null)
        {
            return Failed(options, failure.Code, failure.Message);
        }

        var diagnostics = new List<Diagnostic>();
        if (findings.HasMacros)
        {
            diagnostics.Add(Diagnose(options, WordCodes.MacrosIgnored, DiagnosticSeverity.Info, WordMessages.Macros));
        }

        stream.Position = 0;
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(stream, false, new OpenSettings
            {
                AutoSave = false,
                MaxCharactersInPart = options.MaxPartBytes,
            });
        }
        catch (Exception e) when (IsPackageFailure(e))
        {
            return NotOpened(options, findings);
        }

        using (document)
        {
            try
            {
                if (document.MainDocumentPart is not { } main)
                {
                    return NotOpened(options, findings);
                }

                var body = main.Document?.Body;
                var styles = Styles(main);
                var title = Title(document);
                var blocks = body is null ? [] : new WordBodyReader(styles, options, diagnostics).Read(body);
                return new ReportDocument(blocks) { Title = title, SourceUrl = Identifier(document), SourceName = options.SourceName, Diagnostics = diagnostics };
            }
            catch (Exception e) when (IsPackageFailure(e))
            {
                return Failed(options, WordCodes.DamagedPackage, WordMessages.BrokenPart("word/document.xml"));
            }
        }
    }

    private static WordStyles Styles(MainDocumentPart main)
    {
        try
        {
            return new WordStyles(main.StyleDefinitionsPart?.Styles);
        }
        catch (Exception e) when (IsPackageFailure(e))
        {
            return WordStyles.Empty; // damaged styles: no headings by style, the text is still read
        }
    }

    private static string? Title(WordprocessingDocument document)
    {
        try
        {
            var title = document.PackageProperties.Title?.Trim();
            return string.IsNullOrEmpty(title) ? null : title;
        }
        catch (Exception e) when (IsPackageFailure(e))
        {
            return null; // damaged core properties: no title
        }
    }

    /// <summary>The <c>dc:identifier</c> core property when it is a web address (where the file was published), or null.</summary>
    private static string? Identifier(WordprocessingDocument document)
    {
        try
        {
            return Html.HtmlDocumentReader.WebAddress(document.PackageProperties.Identifier?.Trim());
        }
        catch (Exception e) when (IsPackageFailure(e))
        {
            return null; // damaged core properties
        }
    }

    /// <summary>
    /// The exceptions the Open XML SDK and the packaging and XML layers under it throw on a damaged package, told by
    /// type (never by message). Anything else is a defect of this reader and is not caught.
    /// </summary>
    private static bool IsPackageFailure(Exception e) =>
        e is OpenXmlPackageException or XmlException or InvalidDataException or IOException or FormatException or OverflowException
            or InvalidOperationException or UriFormatException or ArgumentException or NotSupportedException or KeyNotFoundException;

    private static ReportDocument NotOpened(WordReadOptions options, WordPackageCheck.Findings findings) =>
        findings.OtherKind is not null || !findings.HasWordFolder
            ? Failed(options, WordCodes.NotAWordDocument, WordMessages.NotWord(findings.OtherKind))
            : Failed(options, WordCodes.DamagedPackage, WordMessages.BrokenPart(null));

    private static ReportDocument Failed(WordReadOptions options, string code, Message message) =>
        new([]) { SourceName = options.SourceName, Diagnostics = [Diagnose(options, code, DiagnosticSeverity.Error, message)] };

    private static Diagnostic Diagnose(WordReadOptions options, string code, DiagnosticSeverity severity, Message message) => new()
    {
        Code = code,
        Severity = severity,
        Pointer = string.Empty,
        Message = message.En,
        MessageZh = message.Zh,
        Location = options.SourceName is null ? null : new SourceLocation { Source = options.SourceName },
    };
}
