using Disclosure.Format.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Format.Documents.Word;

/// <summary>
/// Turns the body of a WordprocessingML document into blocks: paragraphs with their heading level and tables as
/// grids, in document order. Text is read as Word displays it (see <c>WordBodyReader.Text.cs</c>); tables are expanded
/// into grids with their spans (see <c>WordBodyReader.Tables.cs</c>). A table that holds other tables is a layout frame
/// around the content, not a table of the report: its cells' content is read as blocks in its place.
/// </summary>
internal sealed partial class WordBodyReader
{
    private readonly WordStyles styles;
    private readonly WordReadOptions options;
    private readonly List<DocumentBlock> blocks = [];
    private readonly List<Diagnostic> diagnostics;
    private int tableNumber;
    private int cellCount;
    private long slotCount;
    private bool stopped;
    private bool reportedDeepTables;
    private bool reportedAltChunk;
    private bool reportedSubDocument;

    public WordBodyReader(WordStyles styles, WordReadOptions options, List<Diagnostic> diagnostics)
    {
        this.styles = styles;
        this.options = options;
        this.diagnostics = diagnostics;
    }

    public List<DocumentBlock> Read(Body body)
    {
        Blocks(body, 0);
        return blocks;
    }

    /// <summary>Reads the block-level content of a container (the body, a cell, a content control) as blocks.</summary>
    private void Blocks(OpenXmlElement container, int tableDepth)
    {
        for (var child = container.FirstChild; child is not null && !stopped; child = child.NextSibling())
        {
            switch (child)
            {
                case Paragraph paragraph:
                    AddParagraph(paragraph);
                    break;
                case Table table:
                    TableBlock(table, tableDepth + 1);
                    break;
                case SdtBlock sdt:
                    if (sdt.SdtContentBlock is { } content) Blocks(content, tableDepth);
                    break;
                case CustomXmlBlock custom:
                    Blocks(custom, tableDepth);
                    break;
                case AltChunk:
                    if (!reportedAltChunk)
                    {
                        reportedAltChunk = true;
                        Report(WordCodes.ContentNotRead, DiagnosticSeverity.Warning, WordMessages.AltChunk, null);
                    }

                    break;
                case SectionProperties:
                    break;
                default:
                    // Tracked block-level moves and insertions (w:ins, w:moveTo around paragraphs) hold content; deleted
                    // and moved-away blocks do not; markup without content (bookmarks, permissions) has no children.
                    if (child is not (DeletedRun or MoveFromRun) && child.HasChildren && child is not OpenXmlLeafElement)
                    {
                        Blocks(child, tableDepth);
                    }

                    break;
            }
        }
    }

    private void AddParagraph(Paragraph paragraph)
    {
        var style = WordValues.Text(paragraph.ParagraphProperties?.ParagraphStyleId?.Val);
        var level = styles.HeadingLevel(style);
        if (level < 0)
        {
            return; // an entry of a table of contents: navigation, not content
        }

        if (paragraph.ParagraphProperties?.OutlineLevel?.Val is { } outlineValue && WordValues.Number(outlineValue, -1) is var outline && outline != -1)
        {
            level = outline is >= 0 and <= 8 ? outline + 1 : 0;
        }

        var text = ParagraphText(paragraph, styles.Hides(style) ? style : null);
        if (text.Length == 0 || IsBlank(text))
        {
            return;
        }

        blocks.Add(new DocumentParagraph(text, level) { Location = Location(null, null, null) });
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) return false;
        }

        return true;
    }

    private SourceLocation? Location(int? table, int? row, int? cell) =>
        options.SourceName is null && table is null ? null : new SourceLocation { Source = options.SourceName, Table = table, Row = row, Cell = cell };

    private void Report(string code, DiagnosticSeverity severity, Message message, SourceLocation? location) =>
        diagnostics.Add(new Diagnostic
        {
            Code = code,
            Severity = severity,
            Pointer = string.Empty,
            Message = message.En,
            MessageZh = message.Zh,
            Location = location ?? (options.SourceName is null ? null : new SourceLocation { Source = options.SourceName }),
        });
}
