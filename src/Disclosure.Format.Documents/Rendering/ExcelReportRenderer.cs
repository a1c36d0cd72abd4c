using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Documents.Rendering;

/// <summary>
/// Writes a report as an Excel workbook (<c>.xlsx</c>, Office Open XML) for people who fill in, review or audit it:
/// <list type="bullet">
/// <item><description><c>报告信息和文字</c>: the metadata and every free-text section, one row per JSON Pointer;</description></item>
/// <item><description>one sheet per table, named after its section (<c>二、主动公开政府信息情况</c> …), in the official
/// layout with the notice's merged header cells and the header rows and label columns frozen;</description></item>
/// <item><description><c>全部单元格</c>: every cell of the edition on one row each (table, row, column, JSON Pointer,
/// value, and where it sits on its table sheet);</description></item>
/// <item><description><c>规则检查</c>: the diagnostics of <see cref="DisclosureValidator.Validate"/> with the cells they
/// point at.</description></item>
/// </list>
/// Numbers are numbers, published totals are written as published (values, never formulas), and a blank cell is an
/// empty cell, never 0. <c>ExcelReportImporter</c> reads such a workbook back, also after it was edited by hand.
/// </summary>
/// <remarks>
/// The output is deterministic: the same report gives the same bytes (fixed part names and relationship ids, no
/// timestamps, zip entries dated 1980-01-01).
/// </remarks>
/// <example>
/// <code>
/// File.WriteAllBytes("report.xlsx", ExcelReportRenderer.Render(report));
/// </code>
/// </example>
public static class ExcelReportRenderer
{
    /// <summary>The name of the sheet that holds the metadata and the free-text sections.</summary>
    public const string TextSheetName = "报告信息和文字";

    /// <summary>The name of the sheet that lists every cell on one row.</summary>
    public const string CellsSheetName = "全部单元格";

    /// <summary>The name of the sheet that lists the report's rule diagnostics.</summary>
    public const string DiagnosticsSheetName = "规则检查";

    // Style indexes (see Stylesheet()).
    private const uint HeaderStyle = 1;
    private const uint LabelStyle = 2;
    private const uint ValueStyle = 3;
    private const uint TitleStyle = 4;
    private const uint TextStyle = 5;
    private const uint ColumnTitleStyle = 6;
    private const uint NoteStyle = 7;

    /// <summary>The most characters a cell can hold; a longer text continues on the next row with the same pointer.</summary>
    internal const int MaxCellText = 32000;

    /// <summary>Writes <paramref name="report"/> as an Excel workbook and returns its bytes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static byte[] Render(DisclosureReport report)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook, autoSave: true))
        {
            new Writer(document, report).Write();
        }

        return PackageNormalizer.Normalize(buffer.ToArray());
    }

    /// <summary>Writes <paramref name="report"/> as an Excel workbook to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Render(DisclosureReport report, Stream output)
    {
        if (output is null) throw new ArgumentNullException(nameof(output));
        var bytes = Render(report);
        output.Write(bytes, 0, bytes.Length);
    }

    /// <summary>The A1 name of a 0-based column: A … Z, AA ….</summary>
    internal static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The A1 address of a 0-based row and column.</summary>
    internal static string Address(int row, int column) => ColumnName(column) + (row + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The metadata and free-text members of a report, each with its label and JSON Pointer, in the order of the text sheet.</summary>
    internal static IReadOnlyList<(string Label, string Pointer, string? Text)> TextRows(DisclosureReport report)
    {
        var catalog = LayoutCatalog.For(report.Edition);
        var m = report.Metadata;
        var rows = new List<(string, string, string?)>
        {
            ("格式版本", "/edition", ((int)report.Edition).ToString(CultureInfo.InvariantCulture)),
            ("机关名称", "/metadata/agency", m.Agency),
            ("统计年度", "/metadata/year", m.Year.ToString(CultureInfo.InvariantCulture)),
            ("报告标题", "/metadata/title", m.Title),
            ("发布日期", "/metadata/publishedOn", m.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("发布网址", "/metadata/sourceUrl", m.SourceUrl),
            ("前言", "/preamble", report.Preamble),
        };
        var overview = catalog.Sections[0];
        rows.Add((overview.Label, "/overview/text", report.Overview.Text));
        string?[] parts =
        [
            report.Overview.ProactiveDisclosure, report.Overview.DisclosureOnRequest, report.Overview.InformationManagement,
            report.Overview.PlatformConstruction, report.Overview.OversightAndSafeguards,
        ];
        for (var i = 0; i < overview.Parts.Count && i < parts.Length; i++)
        {
            rows.Add((overview.Parts[i].Label, overview.Parts[i].Pointer, parts[i]));
        }

        rows.Add((catalog.Sections[4].Label, catalog.Sections[4].Pointer, report.ProblemsAndImprovements));
        rows.Add((catalog.Sections[5].Label, "/otherMatters/text", report.OtherMatters.Text));
        var fees = report.OtherMatters.ProcessingFees;
        rows.Add(("信息处理费：发出收费通知的件数", "/otherMatters/processingFees/noticesIssued", Number(fees?.NoticesIssued)));
        rows.Add(("信息处理费：通知收取的金额（元）", "/otherMatters/processingFees/amountNoticed", Number(fees?.AmountNoticed)));
        rows.Add(("信息处理费：实际收取的金额（元）", "/otherMatters/processingFees/amountCollected", Number(fees?.AmountCollected)));
        return rows;

        static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
    }

    private sealed class Writer
    {
        private readonly SpreadsheetDocument document;
        private readonly DisclosureReport report;
        private readonly Dictionary<string, int> strings = new(StringComparer.Ordinal);
        private readonly List<string> stringList = [];
        private readonly Dictionary<string, string> cellAddresses = new(StringComparer.Ordinal);
        private readonly Sheets sheets = new();
        private WorkbookPart workbook = null!;
        private int sheetCount;

        public Writer(SpreadsheetDocument document, DisclosureReport report)
        {
            this.document = document;
            this.report = report;
        }

        public void Write()
        {
            workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            var core = document.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCore");
            var outline = ReportOutline.Create(report);
            PackageNormalizer.WriteCoreProperties(core, outline.Title, report.Metadata.Agency);
            var styles = workbook.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Stylesheet();

            var tables = outline.Sections.SelectMany(s => s.Blocks).Where(b => b.Table is not null).Select(b => b.Table!).ToList();
            TextSheet(outline.Title);
            foreach (var table in tables)
            {
                TableSheet(table);
            }

            CellsSheet(tables);
            DiagnosticsSheet();

            var shared = workbook.AddNewPart<SharedStringTablePart>("rIdStrings");
            shared.SharedStringTable = new SharedStringTable(stringList.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })))
            {
                Count = (uint)stringList.Count,
                UniqueCount = (uint)stringList.Count,
            };
            workbook.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheets);
        }

        private (WorksheetPart Part, string Name) AddSheet(string name)
        {
            sheetCount++;
            var id = "rIdSheet" + sheetCount.ToString(CultureInfo.InvariantCulture);
            var part = workbook.AddNewPart<WorksheetPart>(id);
            sheets.Append(new Sheet { Name = name, SheetId = (uint)sheetCount, Id = id });
            return (part, name);
        }

        private void TextSheet(string title)
        {
            var (part, _) = AddSheet(TextSheetName);
            var data = new SheetData();
            data.Append(Row(0, StringCell(0, 0, title, TitleStyle)));
            data.Append(Row(1, StringCell(1, 0, "项目", ColumnTitleStyle), StringCell(1, 1, "JSON Pointer", ColumnTitleStyle), StringCell(1, 2, "内容", ColumnTitleStyle)));
            var r = 2;
            foreach (var (label, pointer, text) in TextRows(report))
            {
                var chunks = Chunks(text);
                for (var i = 0; i < chunks.Count; i++, r++)
                {
                    var cells = new List<Cell> { StringCell(r, 0, label, TextStyle), StringCell(r, 1, pointer, TextStyle) };
                    if (chunks[i] is { } chunk)
                    {
                        cells.Add(StringCell(r, 2, chunk, TextStyle));
                    }

                    data.Append(Row(r, [.. cells]));
                }
            }

            part.Worksheet = new Worksheet(
                Views(frozenRows: 2, frozenColumns: 0),
                new SheetFormatProperties { DefaultRowHeight = 15 },
                Columns(16, 36, 100),
                data,
                Margins(),
                new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait });
        }

        /// <summary>A text in pieces a cell can hold (one piece, possibly <see langword="null"/>, for a short text).</summary>
        private static List<string?> Chunks(string? text)
        {
            if (text is null || text.Length <= MaxCellText)
            {
                return [text];
            }

            var chunks = new List<string?>();
            for (var start = 0; start < text.Length;)
            {
                var length = Math.Min(MaxCellText, text.Length - start);
                if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
                {
                    length--;
                }

                chunks.Add(text.Substring(start, length));
                start += length;
            }

            return chunks;
        }

        private void TableSheet(DrawnTable table)
        {
            var section = LayoutCatalog.For(report.Edition).Sections.First(s => s.Table == table.Table);
            var (part, name) = AddSheet(section.Label);
            const int Top = 2; // the table starts on row 3, under its heading and an empty row
            var data = new SheetData();
            data.Append(Row(0, StringCell(0, 0, section.Label, TitleStyle)));
            var merges = new List<string>();
            var cover = GridLayout.Cover(table);
            var widths = GridLayout.Widths(table, GridLayout.TextWidth * 1.3).Select(mm => Math.Round(mm / 1.9, 1)).ToArray();
            var heights = Heights(table, widths);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var cells = new List<Cell>();
                for (var c = 0; c < table.Width; c++)
                {
                    var cell = cover[r, c];
                    var row = Top + r;
                    if (cell is null)
                    {
                        continue;
                    }

                    if (cell.Row != r || cell.Column != c)
                    {
                        // A position covered by a merged cell: an empty cell that carries the border.
                        cells.Add(new Cell { CellReference = Address(row, c), StyleIndex = cell.IsHeader ? (cell.Kind == DrawnCellKind.RowHeader ? LabelStyle : HeaderStyle) : ValueStyle });
                        continue;
                    }

                    if (cell.RowSpan > 1 || cell.ColumnSpan > 1)
                    {
                        merges.Add($"{Address(row, c)}:{Address(row + cell.RowSpan - 1, c + cell.ColumnSpan - 1)}");
                    }

                    if (cell.Kind == DrawnCellKind.Value)
                    {
                        cellAddresses[cell.Cell!.Pointer] = $"'{name}'!{Address(row, c)}";
                        if (cell.Value is { } v && cell.Text == v.ToString(CultureInfo.InvariantCulture))
                        {
                            cells.Add(new Cell { CellReference = Address(row, c), StyleIndex = ValueStyle, CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture)) });
                        }
                        else if (cell.Text.Length > 0)
                        {
                            // A value kept as printed with its unit (the 2019 edition's 采购总金额).
                            cells.Add(StringCell(row, c, cell.Text, ValueStyle));
                        }
                        else
                        {
                            cells.Add(new Cell { CellReference = Address(row, c), StyleIndex = ValueStyle });
                        }
                    }
                    else
                    {
                        var style = cell.Kind switch
                        {
                            DrawnCellKind.RowHeader => LabelStyle,
                            DrawnCellKind.Note => NoteStyle,
                            _ => HeaderStyle,
                        };
                        cells.Add(StringCell(row, c, cell.Text, style));
                    }
                }

                var line = Row(Top + r, [.. cells]);
                line.Height = heights[r];
                line.CustomHeight = true;
                data.Append(line);
            }

            var worksheet = new Worksheet(
                new SheetProperties(new PageSetupProperties { FitToPage = true }),
                Views(frozenRows: Top + table.HeaderRows, frozenColumns: table.LabelColumns),
                new SheetFormatProperties { DefaultRowHeight = 15 },
                Columns(widths),
                data);
            if (merges.Count > 0)
            {
                worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
            }

            worksheet.Append(Margins());
            worksheet.Append(new PageSetup
            {
                PaperSize = 9,
                Orientation = table.Width > 8 ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = 0,
            });
            part.Worksheet = worksheet;
        }

        /// <summary>Row heights (points) that show each wrapped label whole: a CJK character is about two width units.</summary>
        private static double[] Heights(DrawnTable table, double[] widths)
        {
            var heights = Enumerable.Repeat(15.0, table.Rows.Count).ToArray();
            foreach (var cell in table.Cells.Where(c => c.Text.Length > 0))
            {
                var width = Math.Max(1, widths.Skip(cell.Column).Take(cell.ColumnSpan).Sum() - 1);
                var units = cell.Text.Sum(ch => ch > 0x2E80 ? 2.0 : 1.0) * (cell.Kind == DrawnCellKind.Note ? 0.85 : 1);
                var lines = Math.Ceiling(units / width);
                var perRow = Math.Ceiling(lines / cell.RowSpan) * 14.5 + 1;
                for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
                {
                    heights[r] = Math.Max(heights[r], perRow);
                }
            }

            return heights;
        }

        private void CellsSheet(IReadOnlyList<DrawnTable> tables)
        {
            var (part, _) = AddSheet(CellsSheetName);
            var data = new SheetData();
            string[] titles = ["表", "行", "列", "JSON Pointer", "值", "位置"];
            data.Append(Row(0, titles.Select((t, i) => StringCell(0, i, t, ColumnTitleStyle)).ToArray()));
            var r = 1;
            foreach (var cell in tables.SelectMany(t => t.Table.Cells))
            {
                var cells = new List<Cell>
                {
                    StringCell(r, 0, cell.Table.Key, TextStyle),
                    StringCell(r, 1, cell.Row.LabelPathText, TextStyle),
                    StringCell(r, 2, string.Join(" / ", cell.Column.LabelPath), TextStyle),
                    StringCell(r, 3, cell.Pointer, TextStyle),
                };
                if (cell.GetValue(report) is { } v)
                {
                    cells.Add(new Cell { CellReference = Address(r, 4), CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture)) });
                }

                cells.Add(StringCell(r, 5, cellAddresses.TryGetValue(cell.Pointer, out var at) ? at : string.Empty, TextStyle));
                data.Append(Row(r, [.. cells]));
                r++;
            }

            part.Worksheet = new Worksheet(
                Views(frozenRows: 1, frozenColumns: 0),
                new SheetFormatProperties { DefaultRowHeight = 15 },
                Columns(6, 60, 36, 60, 12, 40),
                data,
                new AutoFilter { Reference = $"A1:F{r.ToString(CultureInfo.InvariantCulture)}" },
                Margins());
        }

        private void DiagnosticsSheet()
        {
            var (part, _) = AddSheet(DiagnosticsSheetName);
            var data = new SheetData();
            string[] titles = ["代码", "严重程度", "JSON Pointer", "单元格", "相关单元格", "公式", "应为", "实为", "说明", "Message"];
            data.Append(Row(0, titles.Select((t, i) => StringCell(0, i, t, ColumnTitleStyle)).ToArray()));
            var r = 1;
            foreach (var d in DisclosureValidator.Validate(report).Diagnostics)
            {
                var cells = new List<Cell>
                {
                    StringCell(r, 0, d.Code, TextStyle),
                    StringCell(r, 1, Severity(d.Severity), TextStyle),
                    StringCell(r, 2, d.Pointer, TextStyle),
                    StringCell(r, 3, Where(d.Pointer), TextStyle),
                    StringCell(r, 4, string.Join(" ", d.RelatedPointers.Select(Where)), TextStyle),
                    StringCell(r, 5, d.Formula ?? string.Empty, TextStyle),
                };
                if (d.Expected is { } e) cells.Add(new Cell { CellReference = Address(r, 6), CellValue = new CellValue(e.ToString(CultureInfo.InvariantCulture)) });
                if (d.Actual is { } a) cells.Add(new Cell { CellReference = Address(r, 7), CellValue = new CellValue(a.ToString(CultureInfo.InvariantCulture)) });
                cells.Add(StringCell(r, 8, d.MessageZh, TextStyle));
                cells.Add(StringCell(r, 9, d.Message, TextStyle));
                data.Append(Row(r, [.. cells]));
                r++;
            }

            if (r == 1)
            {
                data.Append(Row(1, StringCell(1, 0, "未发现问题。No problems found.", TextStyle)));
            }

            part.Worksheet = new Worksheet(
                Views(frozenRows: 1, frozenColumns: 0),
                new SheetFormatProperties { DefaultRowHeight = 15 },
                Columns(9, 9, 48, 28, 40, 48, 9, 9, 60, 60),
                data,
                Margins());

            string Where(string pointer) => cellAddresses.TryGetValue(pointer, out var at) ? at : string.Empty;

            static string Severity(DiagnosticSeverity s) => s switch
            {
                DiagnosticSeverity.Error => "错误 error",
                DiagnosticSeverity.Warning => "警告 warning",
                _ => "提示 info",
            };
        }

        private Cell StringCell(int row, int column, string text, uint style)
        {
            if (!strings.TryGetValue(text, out var index))
            {
                index = stringList.Count;
                strings.Add(text, index);
                stringList.Add(text);
            }

            return new Cell
            {
                CellReference = Address(row, column),
                DataType = CellValues.SharedString,
                StyleIndex = style,
                CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)),
            };
        }

        private static Row Row(int row, params Cell[] cells)
        {
            var result = new Row { RowIndex = (uint)(row + 1) };
            result.Append(cells);
            return result;
        }

        private static SheetViews Views(int frozenRows, int frozenColumns)
        {
            var view = new SheetView { WorkbookViewId = 0 };
            if (frozenRows > 0 || frozenColumns > 0)
            {
                var topLeft = Address(frozenRows, frozenColumns);
                var pane = frozenRows > 0 && frozenColumns > 0 ? PaneValues.BottomRight : frozenRows > 0 ? PaneValues.BottomLeft : PaneValues.TopRight;
                var frozen = new Pane { TopLeftCell = topLeft, ActivePane = pane, State = PaneStateValues.Frozen };
                if (frozenColumns > 0) frozen.HorizontalSplit = frozenColumns;
                if (frozenRows > 0) frozen.VerticalSplit = frozenRows;
                view.Append(frozen);
                view.Append(new Selection { Pane = pane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
            }

            return new SheetViews(view);
        }

        private static Columns Columns(params double[] widths) =>
            new(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));

        private static PageMargins Margins() =>
            new() { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 };

        private static Stylesheet Stylesheet()
        {
            var thin = new Border(
                new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder());
            return new Stylesheet(
                new Fonts(
                    Font(11, bold: false),
                    Font(14, bold: true),
                    Font(11, bold: true),
                    Font(9, bold: false))
                { Count = 4 },
                new Fills(
                    new Fill(new PatternFill { PatternType = PatternValues.None }),
                    new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
                { Count = 2 },
                new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
                new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
                new CellFormats(
                    new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                    Format(0, 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, wrap: true),
                    Format(0, 1, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, wrap: true),
                    Format(0, 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, wrap: false),
                    Format(1, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, wrap: false),
                    Format(0, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top, wrap: true),
                    Format(2, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, wrap: false),
                    Format(3, 1, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, wrap: true))
                { Count = 8 },
                new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

            static Font Font(double size, bool bold)
            {
                var font = new Font();
                if (bold) font.Append(new Bold());
                font.Append(new FontSize { Val = size });
                font.Append(new FontName { Val = "宋体" });
                font.Append(new FontFamilyNumbering { Val = 2 });
                font.Append(new FontCharSet { Val = 134 });
                return font;
            }

            static CellFormat Format(uint font, uint border, HorizontalAlignmentValues horizontal, VerticalAlignmentValues vertical, bool wrap) =>
                new(new Alignment { Horizontal = horizontal, Vertical = vertical, WrapText = wrap ? true : null })
                {
                    NumberFormatId = 0,
                    FontId = font,
                    FillId = 0,
                    BorderId = border,
                    FormatId = 0,
                    ApplyFont = font != 0 ? true : null,
                    ApplyBorder = border != 0 ? true : null,
                    ApplyAlignment = true,
                };
        }
    }
}
