using System.Globalization;
using Disclosure.Format.Layout;
using TableLayout = Disclosure.Format.Layout.TableLayout;
using Disclosure.Format.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Format.Documents.Tests.Word;

/// <summary>How a generated Word report is laid out and written.</summary>
public enum WordFixtureStyle
{
    /// <summary>
    /// One table per section table in the official layout: merged labels and multi-line headers by <c>w:vMerge</c>,
    /// group headers and wide cells by <c>w:gridSpan</c>; headings in Chinese Word's built-in styles (ids <c>1</c>,
    /// <c>2</c>, named <c>heading 1</c>, <c>heading 2</c>), the title in the Title style and in the core properties.
    /// </summary>
    Official,

    /// <summary>
    /// The Article-20 table printed as one table per block (caption, header, rows), the others as in
    /// <see cref="Official"/>; headings marked only by the paragraphs' outline level; no core properties.
    /// </summary>
    BlockTables,

    /// <summary>
    /// The applications table split in two tables at a page break in the middle of a merged group: the lower part
    /// repeats the group labels it continues (as an author who splits a table retypes them).
    /// </summary>
    SplitTables,

    /// <summary>
    /// As <see cref="SplitTables"/>, but the lower part leaves the continued group label cells empty (what Word leaves
    /// when a vertically merged cell is split).
    /// </summary>
    SplitTablesBareContinuation,

    /// <summary>Non-zero counts carry a note in their cell, as published (<c>22（其中修订16件）</c>).</summary>
    NotesInCells,

    /// <summary>
    /// Every text written as Word leaves it after editing: runs split inside numbers and labels, deleted runs
    /// (<c>w:del</c>), inserted runs (<c>w:ins</c>), hidden runs (<c>w:vanish</c>), numbers as field results (with a
    /// field code that is not displayed), bookmarks, proofing marks and content controls; headings in styles named
    /// <c>标题 1</c>/<c>标题 2</c>.
    /// </summary>
    EditedRuns,
}

/// <summary>
/// Writes a report as a Word document (<c>.docx</c>) through the Open XML SDK, in the official layout of its edition
/// (rows, columns and labels from <see cref="LayoutCatalog.For"/>): title, preamble, the six sections with the
/// sub-headings of 一、总体情况, their texts (one paragraph per line) and their tables.
/// </summary>
public static class WordFixtureWriter
{
    public static byte[] Write(DisclosureReport report, WordFixtureStyle style)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles(style);
            var writer = new Writer(report, style);
            main.Document = new Document(writer.Body());
            if (style == WordFixtureStyle.Official)
            {
                document.PackageProperties.Title = Title(report);
                document.PackageProperties.Creator = "Disclosure.Format tests";
            }
        }

        return stream.ToArray();
    }

    internal static string Title(DisclosureReport report) =>
        report.Metadata.Title ?? $"{report.Metadata.Agency}{report.Metadata.Year}年政府信息公开工作年度报告";

    private static Styles Styles(WordFixtureStyle style)
    {
        var styles = new Styles(new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "a", Default = true });
        switch (style)
        {
            case WordFixtureStyle.EditedRuns:
                // Styles named in Chinese, based on one another; the outline level comes from the base style.
                styles.Append(
                    new Style(new StyleName { Val = "标题" }, new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }))
                    { Type = StyleValues.Paragraph, StyleId = "Biaoti" },
                    new Style(new StyleName { Val = "标题 1" }, new BasedOn { Val = "a" }, new StyleParagraphProperties(new OutlineLevel { Val = 0 }))
                    { Type = StyleValues.Paragraph, StyleId = "Biaoti1" },
                    new Style(new StyleName { Val = "标题 2" }, new BasedOn { Val = "Biaoti1" }, new StyleParagraphProperties(new OutlineLevel { Val = 1 }))
                    { Type = StyleValues.Paragraph, StyleId = "Biaoti2" },
                    new Style(new StyleName { Val = "隐藏文字" }, new StyleRunProperties(new Vanish()))
                    { Type = StyleValues.Character, StyleId = "Hidden" });
                break;
            default:
                styles.Append(
                    new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "a3" },
                    new Style(new StyleName { Val = "heading 1" }, new StyleParagraphProperties(new OutlineLevel { Val = 0 }))
                    { Type = StyleValues.Paragraph, StyleId = "1" },
                    new Style(new StyleName { Val = "heading 2" }, new StyleParagraphProperties(new OutlineLevel { Val = 1 }))
                    { Type = StyleValues.Paragraph, StyleId = "2" });
                break;
        }

        return styles;
    }

    private sealed class Writer(DisclosureReport report, WordFixtureStyle style)
    {
        private readonly List<OpenXmlElement> body = [];
        private int edit;

        public Body Body()
        {
            var catalog = LayoutCatalog.For(report.Edition);
            Title(WordFixtureWriter.Title(report));
            Text(report.Preamble);
            foreach (var section in catalog.Sections)
            {
                Heading(section.Label, 1);
                if (section.Table is { } table)
                {
                    Table(table);
                    continue;
                }

                switch (section.Number)
                {
                    case 1:
                        Text(report.Overview.Text);
                        string?[] parts =
                        [
                            report.Overview.ProactiveDisclosure, report.Overview.DisclosureOnRequest, report.Overview.InformationManagement,
                            report.Overview.PlatformConstruction, report.Overview.OversightAndSafeguards,
                        ];
                        for (var i = 0; i < section.Parts.Count && i < parts.Length; i++)
                        {
                            if (parts[i] is { } part)
                            {
                                Heading(section.Parts[i].Label, 2);
                                Text(part);
                            }
                        }

                        break;
                    case 5:
                        Text(report.ProblemsAndImprovements);
                        break;
                    case 6:
                        Text(report.OtherMatters.Text);
                        break;
                }
            }

            body.Add(new SectionProperties(new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }));
            return new Body(body);
        }

        private void Title(string text)
        {
            var properties = style == WordFixtureStyle.EditedRuns
                ? new ParagraphProperties(new ParagraphStyleId { Val = "Biaoti" })
                : style == WordFixtureStyle.BlockTables
                    ? new ParagraphProperties(new ParagraphStyleId { Val = "a3" })
                    : new ParagraphProperties(new ParagraphStyleId { Val = "a3" }, new Justification { Val = JustificationValues.Center });
            body.Add(Paragraph(properties, text));
        }

        private void Heading(string text, int level)
        {
            ParagraphProperties properties = style switch
            {
                WordFixtureStyle.BlockTables => new ParagraphProperties(new OutlineLevel { Val = level - 1 }),
                WordFixtureStyle.EditedRuns => new ParagraphProperties(new ParagraphStyleId { Val = $"Biaoti{level}" }),
                _ => new ParagraphProperties(new ParagraphStyleId { Val = level.ToString(CultureInfo.InvariantCulture) }),
            };
            body.Add(Paragraph(properties, text));
        }

        private void Text(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            foreach (var line in text.Split('\n'))
            {
                body.Add(Paragraph(new ParagraphProperties(new Indentation { FirstLineChars = 200 }), line));
            }
        }

        private Paragraph Paragraph(ParagraphProperties? properties, string text)
        {
            var paragraph = new Paragraph();
            if (properties is not null)
            {
                paragraph.Append(properties);
            }

            paragraph.Append(Runs(text));
            return paragraph;
        }

        /// <summary>The runs that display <paramref name="text"/> (in <see cref="WordFixtureStyle.EditedRuns"/>, edited).</summary>
        private IEnumerable<OpenXmlElement> Runs(string text)
        {
            if (text.Length == 0)
            {
                yield break;
            }

            if (style != WordFixtureStyle.EditedRuns)
            {
                yield return Run(text);
                yield break;
            }

            var kind = edit++ % 6;
            var cut = text.Length / 2;
            switch (kind)
            {
                case 0:
                    // Split in three runs with a proofing mark and a bookmark between, and a hidden run.
                    yield return new ProofError { Type = ProofingErrorValues.SpellStart };
                    yield return Run(text[..cut]);
                    yield return new BookmarkStart { Id = edit.ToString(CultureInfo.InvariantCulture), Name = $"_Toc{edit}" };
                    yield return new Run(new RunProperties(new Vanish()), new Text("999") { Space = SpaceProcessingModeValues.Preserve });
                    yield return Run(text[cut..]);
                    yield return new BookmarkEnd { Id = edit.ToString(CultureInfo.InvariantCulture) };
                    yield return new ProofError { Type = ProofingErrorValues.SpellEnd };
                    break;
                case 1:
                    // A deleted run in the middle and the rest inserted (tracked changes).
                    yield return Run(text[..cut]);
                    yield return new DeletedRun(new Run(new DeletedText("12")))
                    { Id = edit.ToString(CultureInfo.InvariantCulture), Author = "审核人" };
                    yield return new InsertedRun(Run(text[cut..])) { Id = (10000 + edit).ToString(CultureInfo.InvariantCulture), Author = "审核人" };
                    break;
                case 2:
                    // The whole text as the result of a complex field whose code is not displayed.
                    yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Begin });
                    yield return new Run(new FieldCode(" = 1 + 1 \\* MERGEFORMAT ") { Space = SpaceProcessingModeValues.Preserve });
                    yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Separate });
                    yield return Run(text[..cut]);
                    yield return Run(text[cut..]);
                    yield return new Run(new FieldChar { FieldCharType = FieldCharValues.End });
                    break;
                case 3:
                    // A simple field, and a run hidden by a character style.
                    yield return new SimpleField(Run(text)) { Instruction = " QUOTE 0 " };
                    yield return new Run(new RunProperties(new RunStyle { Val = "Hidden" }), new Text("0"));
                    break;
                case 4:
                    // A content control around the text, one character per run.
                    var content = new SdtContentRun();
                    foreach (var c in text)
                    {
                        content.Append(Run(c.ToString()));
                    }

                    yield return new SdtRun(new SdtProperties(new SdtAlias { Val = "数值" }), content);
                    break;
                default:
                    // Runs in a hyperlink, with a soft hyphen and a last-rendered page break (both show nothing).
                    yield return new Hyperlink(Run(text[..cut]), new Run(new SoftHyphen()), new Run(new LastRenderedPageBreak()), Run(text[cut..]))
                    { Anchor = "_Top" };
                    break;
            }
        }

        private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

        private void Table(TableLayout table)
        {
            var grid = OfficialGrid.Draw(table, report);
            var rows = Enumerable.Range(0, grid.RowCount).Select(_ => new List<DrawnCell>()).ToList();
            if (style == WordFixtureStyle.BlockTables && table.Columns.Count == 0)
            {
                // One Word table per block: a block starts at each caption line.
                var starts = grid.Cells.Where(c => c.ColumnSpan == grid.ColumnCount).Select(c => c.Row).Append(grid.RowCount).ToList();
                for (var i = 0; i + 1 < starts.Count; i++)
                {
                    var (from, to) = (starts[i], starts[i + 1]);
                    body.Add(WordTable(grid, grid.Cells.Where(c => c.Row >= from && c.Row < to).Select(c => c with { Row = c.Row - from }).ToList(), to - from));
                    body.Add(new Paragraph());
                }

                return;
            }

            if (style is WordFixtureStyle.SplitTables or WordFixtureStyle.SplitTablesBareContinuation && grid.HeaderRows > 0 && grid.RowCount - grid.HeaderRows > 8)
            {
                // Split inside the longest merged label (三、本年度办理结果 / （三）不予公开): below the split, a label that
                // spans across it starts again, with its text repeated or left empty.
                var split = grid.Cells.Where(c => c.Kind == DrawnKind.Label && c.RowSpan > 4).OrderBy(c => c.Column).Last() is var group
                    ? group.Row + group.RowSpan / 2
                    : grid.RowCount / 2;
                var upper = new List<DrawnCell>();
                var lower = new List<DrawnCell>();
                foreach (var cell in grid.Cells)
                {
                    if (cell.Row + cell.RowSpan <= split)
                    {
                        upper.Add(cell);
                    }
                    else if (cell.Row >= split)
                    {
                        lower.Add(cell with { Row = cell.Row - split });
                    }
                    else
                    {
                        upper.Add(cell with { RowSpan = split - cell.Row });
                        var text = style == WordFixtureStyle.SplitTables ? cell.Text : string.Empty;
                        lower.Add(cell with { Row = 0, RowSpan = cell.Row + cell.RowSpan - split, Text = text });
                    }
                }

                body.Add(WordTable(grid, upper, split));
                body.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                body.Add(WordTable(grid, lower, grid.RowCount - split));
                return;
            }

            body.Add(WordTable(grid, grid.Cells, grid.RowCount));
        }

        /// <summary>
        /// A <c>w:tbl</c> of the cells: each line's cells in column order; a cell's first line holds its text
        /// (<c>w:vMerge="restart"</c> when it spans lines), the lines below hold a continuation (<c>w:vMerge</c>).
        /// </summary>
        private Table WordTable(OfficialGrid grid, IReadOnlyList<DrawnCell> cells, int rowCount)
        {
            var properties = new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }));
            var tableGrid = new TableGrid();
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                tableGrid.Append(new GridColumn { Width = "1000" });
            }

            var table = new Table(properties, tableGrid);
            for (var r = 0; r < rowCount; r++)
            {
                var row = new TableRow();
                if (r < grid.HeaderRows && cells.Count == grid.Cells.Count)
                {
                    row.Append(new TableRowProperties(new TableHeader()));
                }

                var line = cells.Where(c => c.Row <= r && r < c.Row + c.RowSpan).OrderBy(c => c.Column).ToList();
                var column = 0;
                foreach (var cell in line)
                {
                    if (cell.Column != column)
                    {
                        throw new InvalidOperationException($"{grid.Table.Key}: a gap before column {cell.Column} on line {r}.");
                    }

                    column += cell.ColumnSpan;
                    var cellProperties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = (1000 * cell.ColumnSpan).ToString(CultureInfo.InvariantCulture) });
                    if (cell.ColumnSpan > 1)
                    {
                        cellProperties.Append(new GridSpan { Val = cell.ColumnSpan });
                    }

                    var first = cell.Row == r;
                    if (cell.RowSpan > 1)
                    {
                        cellProperties.Append(first ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
                    }

                    cellProperties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                    var text = first ? CellText(cell) : string.Empty;
                    row.Append(new TableCell(cellProperties, Paragraph(
                        new ParagraphProperties(new Justification { Val = cell.Kind == DrawnKind.Value ? JustificationValues.Center : JustificationValues.Left }),
                        text)));
                }

                if (column != grid.ColumnCount)
                {
                    throw new InvalidOperationException($"{grid.Table.Key}: line {r} covers {column} of {grid.ColumnCount} columns.");
                }

                table.Append(row);
            }

            return table;
        }

        private string CellText(DrawnCell cell)
        {
            if (style != WordFixtureStyle.NotesInCells || cell.Cell is not { ValueKind: CellValueKind.Count } layout
                || layout.GetValue(report) is not { } value || value <= 0)
            {
                return cell.Text;
            }

            // A note after the number, as agencies print them: 22（其中修订16件）, 3（含转办1件）.
            return (layout.Index % 3) switch
            {
                0 => $"{cell.Text}（其中修订{value / 2:0}件）",
                1 => $"{cell.Text}（含转办{Math.Min(value, 1):0}件）",
                _ => $"{cell.Text}(注：含上年度遗留{Math.Min(value, 1):0}件)",
            };
        }
    }
}
