using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Excel;

/// <summary>A workbook read as a document, with its text sheet's members and its flat sheet's rows when it has them.</summary>
internal sealed class WorkbookDocument
{
    private const string PointerTitle = "JSON Pointer";

    private WorkbookDocument(ReportDocument document, List<TextSheetEntry> texts, List<FlatSheetEntry> flat)
    {
        Document = document;
        Texts = texts;
        Flat = flat;
    }

    public ReportDocument Document { get; }

    /// <summary>The text sheet's members in sheet order (empty when the workbook has no text sheet).</summary>
    public List<TextSheetEntry> Texts { get; }

    /// <summary>The flat sheet's rows (empty when the workbook has none).</summary>
    public List<FlatSheetEntry> Flat { get; }

    public static WorkbookDocument Read(byte[] bytes, ExcelReadOptions options)
    {
        var source = options.SourceName;
        var diagnostics = new List<Diagnostic>();
        var sheets = WorkbookReader.Read(bytes, source, options, diagnostics);
        var texts = new List<TextSheetEntry>();
        var flat = new List<FlatSheetEntry>();
        if (sheets is null)
        {
            return new WorkbookDocument(new ReportDocument([]) { SourceName = source, Diagnostics = diagnostics }, texts, flat);
        }

        var tableBlocks = new List<DocumentBlock>();
        var tableNumber = 0;
        var budget = new SlotBudget();
        foreach (var sheet in sheets)
        {
            if (HeaderRow(sheet) is { } header)
            {
                if (header.Columns.TryGetValue("内容", out var content))
                {
                    texts.AddRange(TextEntries(sheet, header.Row, header.Columns[PointerTitle], content));
                }
                else if (header.Columns.TryGetValue("值", out var value))
                {
                    flat.AddRange(FlatEntries(sheet, header.Row, header.Columns[PointerTitle], value));
                }

                continue; // the rule checks, and any other sheet keyed by pointer, are not part of the document
            }

            var blocks = SheetBlocks.Split(sheet, budget, address => diagnostics.Add(ExcelMessages.Warning(ExcelCodes.SheetTooLarge, source, sheet.Name, address,
                ExcelMessages.BlockTooLarge(address, SheetBlocks.MaxSlots, SheetBlocks.MaxWorkbookSlots))));
            foreach (var block in blocks)
            {
                if (block.IsParagraph)
                {
                    var cell = block.Cells.First(c => c.Text.Length > 0);
                    tableBlocks.Add(new DocumentParagraph(cell.Text) { Location = Location(source, sheet.Name, cell.Address) });
                    continue;
                }

                tableNumber++;
                var number = tableNumber;
                var cells = block.Cells.Select(c => new DocumentCell
                {
                    Row = c.Row,
                    Column = c.Column,
                    RowSpan = c.RowSpan,
                    ColumnSpan = c.ColumnSpan,
                    Text = c.Text,
                    Location = new SourceLocation { Source = source, Table = number, Row = c.Row + 1, Cell = c.Column + 1, Sheet = sheet.Name, Address = c.Address },
                });
                tableBlocks.Add(new DocumentTable(number, block.RowCount, block.ColumnCount, cells)
                {
                    Location = Location(source, sheet.Name, Rendering.ExcelReportRenderer.Address(block.FirstRow, block.FirstColumn)),
                });
            }
        }

        // The text sheet's title and texts go around the tables, in the report's order: what comes before 二 first,
        // 五 and 六 after the tables.
        var before = new List<DocumentBlock>();
        var after = new List<DocumentBlock>();
        string? title = null;
        if (texts.Count > 0)
        {
            title = Value(texts, "/metadata/title") ?? DefaultTitle(texts);
            if (title is not null)
            {
                before.Add(new DocumentParagraph(title, 1) { Location = Location(source, texts[0].Sheet, texts.FirstOrDefault(t => t.Pointer == "/metadata/title")?.Address) });
            }

            foreach (var (label, pointer, heading) in TextOrder(Catalog(texts)))
            {
                var entry = texts.FirstOrDefault(t => t.Pointer == pointer);
                var target = pointer.StartsWith("/problemsAndImprovements", StringComparison.Ordinal) || pointer.StartsWith("/otherMatters", StringComparison.Ordinal) ? after : before;
                if (label is not null && heading)
                {
                    target.Add(new DocumentParagraph(label, 2) { Location = Location(source, entry?.Sheet ?? texts[0].Sheet, entry?.Address) });
                }
                else if (label is not null && entry?.Text is not null)
                {
                    target.Add(new DocumentParagraph(label, 3) { Location = Location(source, entry.Sheet, entry.Address) });
                }

                if (entry?.Text is { } text)
                {
                    foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
                    {
                        target.Add(new DocumentParagraph(line) { Location = Location(source, entry.Sheet, entry.Address) });
                    }
                }
            }
        }

        var document = new ReportDocument([.. before, .. tableBlocks, .. after])
        {
            Title = title,
            SourceName = source,
            Diagnostics = diagnostics,
        };
        return new WorkbookDocument(document, texts, flat);
    }

    /// <summary>
    /// The free-text members in the order of a report, each with the heading to write before it: a section heading
    /// (always written, so that the tables sit between 一 and 五 as in the report) or a sub-heading (written when the
    /// part has text). The headings are the layout catalog's, of the edition the text sheet names.
    /// </summary>
    private static IEnumerable<(string? Label, string Pointer, bool Heading)> TextOrder(Layout.LayoutCatalog catalog)
    {
        {
            yield return (null, "/preamble", false);
            yield return (catalog.Sections[0].Label, "/overview/text", true);
            foreach (var part in catalog.Sections[0].Parts)
            {
                yield return (part.Label, part.Pointer, false);
            }

            yield return (catalog.Sections[4].Label, catalog.Sections[4].Pointer, true);
            yield return (catalog.Sections[5].Label, "/otherMatters/text", true);
        }
    }

    /// <summary>The layout of the edition the text sheet names (the 2021 edition when it names none this version knows).</summary>
    internal static Layout.LayoutCatalog Catalog(List<TextSheetEntry> texts) =>
        Value(texts, "/edition")?.Trim() switch
        {
            "2019" => Layout.LayoutCatalog.Edition2019,
            _ => Layout.LayoutCatalog.Edition2021,
        };

    private static string? Value(List<TextSheetEntry> texts, string pointer) => texts.FirstOrDefault(t => t.Pointer == pointer)?.Text;

    private static string? DefaultTitle(List<TextSheetEntry> texts) =>
        Value(texts, "/metadata/agency") is { } agency && Value(texts, "/metadata/year") is { } year ? $"{agency}{year}年政府信息公开工作年度报告" : null;

    private static SourceLocation? Location(string? source, string sheet, string? address) =>
        new() { Source = source, Sheet = sheet, Address = address };

    /// <summary>The first row (of the first ten) that has a <c>JSON Pointer</c> column: its row and each title's column.</summary>
    private static (int Row, Dictionary<string, int> Columns)? HeaderRow(SheetContent sheet)
    {
        foreach (var row in sheet.Cells.Where(c => c.Key.Row < 10 && c.Value.Text.Trim() == PointerTitle).Select(c => c.Key.Row).OrderBy(r => r).Take(1))
        {
            var columns = sheet.Cells.Where(c => c.Key.Row == row)
                .GroupBy(c => c.Value.Text.Trim(), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Min(c => c.Key.Column), StringComparer.Ordinal);
            return (row, columns);
        }

        return null;
    }

    private static IEnumerable<TextSheetEntry> TextEntries(SheetContent sheet, int headerRow, int pointerColumn, int contentColumn)
    {
        var rows = sheet.Cells.Keys.Where(k => k.Row > headerRow && k.Column == pointerColumn).Select(k => k.Row).OrderBy(r => r);
        TextSheetEntry? current = null;
        foreach (var row in rows)
        {
            var pointer = sheet.Cells[(row, pointerColumn)].Text.Trim();
            var text = sheet.Cells.TryGetValue((row, contentColumn), out var cell) ? cell.Text : null;
            var address = Rendering.ExcelReportRenderer.Address(row, contentColumn);
            if (current is not null && current.Pointer == pointer)
            {
                current = current with { Text = current.Text + text }; // a long text continued on the next row
                continue;
            }

            if (current is not null) yield return current;
            current = new TextSheetEntry(pointer, text, sheet.Name, address);
        }

        if (current is not null) yield return current;
    }

    private static IEnumerable<FlatSheetEntry> FlatEntries(SheetContent sheet, int headerRow, int pointerColumn, int valueColumn)
    {
        foreach (var row in sheet.Cells.Keys.Where(k => k.Row > headerRow && k.Column == pointerColumn).Select(k => k.Row).OrderBy(r => r))
        {
            var text = sheet.Cells.TryGetValue((row, valueColumn), out var cell) ? cell.Text : string.Empty;
            yield return new FlatSheetEntry(sheet.Cells[(row, pointerColumn)].Text.Trim(), text, sheet.Name, Rendering.ExcelReportRenderer.Address(row, valueColumn));
        }
    }
}
