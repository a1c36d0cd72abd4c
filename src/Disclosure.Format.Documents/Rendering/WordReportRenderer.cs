using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Disclosure.Format.Model;

namespace Disclosure.Format.Documents.Rendering;

/// <summary>
/// Writes a report as a Word document (<c>.docx</c>, Office Open XML) in the official layout and the conventions of
/// government documents (GB/T 9704): A4 with 37/35/28/26 mm margins, the title in 小标宋 (方正小标宋简体, falling back
/// to 黑体), body text in 仿宋 三号 with a two-character indent, section headings in 黑体, the sub-headings of
/// 一、总体情况 in 楷体, the tables in 宋体 with their merged cells (<c>w:gridSpan</c>, <c>w:vMerge</c>) exactly as
/// in the notice and their header rows repeated on each page, and the page number centred in the footer
/// (<c>— 1 —</c>), and the signature (agency and date) two lines below the text, four characters in from the right margin.
/// The fonts' fallbacks are named in the document's font table. Blank cells are empty, never 0.
/// </summary>
/// <remarks>
/// The output is deterministic: the same report gives the same bytes (fixed part names and relationship ids, no
/// timestamps in the properties, zip entries dated 1980-01-01).
/// </remarks>
/// <example>
/// <code>
/// File.WriteAllBytes("report.docx", WordReportRenderer.Render(report));
/// </code>
/// </example>
public static class WordReportRenderer
{
    // Font names as Chinese government documents name them, each with the fallback a reader's system is likely to have.
    private const string TitleFont = "方正小标宋简体";
    private const string HeadingFont = "黑体";
    private const string BodyFont = "仿宋";
    private const string SubHeadingFont = "楷体";
    private const string TableFont = "宋体";

    private const int TextWidthTwips = 8844; // 210 − 28 − 26 = 156 mm
    private const double TwipsPerMillimetre = 1440 / 25.4;

    /// <summary>Writes <paramref name="report"/> as a Word document and returns its bytes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static byte[] Render(DisclosureReport report)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document, autoSave: true))
        {
            Build(document, ReportOutline.Create(report));
        }

        return PackageNormalizer.Normalize(buffer.ToArray());
    }

    /// <summary>Writes <paramref name="report"/> as a Word document to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Render(DisclosureReport report, Stream output)
    {
        if (output is null) throw new ArgumentNullException(nameof(output));
        var bytes = Render(report);
        output.Write(bytes, 0, bytes.Length);
    }

    private static void Build(WordprocessingDocument document, ReportOutline outline)
    {
        var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
        var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        styles.Styles = Styles();
        var fonts = main.AddNewPart<FontTablePart>("rIdFonts");
        fonts.Fonts = FontTable();
        var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
        settings.Settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 420 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
        var footer = main.AddNewPart<FooterPart>("rIdFooter");
        footer.Footer = PageNumberFooter();
        var core = document.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCore");
        PackageNormalizer.WriteCoreProperties(core, outline.Title, outline.Report.Metadata.Agency, outline.Report.Metadata.SourceUrl);

        var body = new Body();
        body.Append(TitleParagraph(outline.Title));
        foreach (var line in outline.Preamble)
        {
            body.Append(Paragraph(line, "BodyText"));
        }

        foreach (var section in outline.Sections)
        {
            body.Append(Paragraph(section.Layout.Label, "Heading1"));
            foreach (var block in section.Blocks)
            {
                switch (block.Kind)
                {
                    case OutlineBlockKind.SubHeading:
                        body.Append(Paragraph(block.Text, "Heading2"));
                        break;
                    case OutlineBlockKind.Paragraph:
                        body.Append(Paragraph(block.Text, "BodyText"));
                        break;
                    case OutlineBlockKind.Table:
                        body.Append(Table(block.Table!));
                        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableAfter" })));
                        break;
                }
            }
        }

        // The signature (落款) two lines below the text, right-aligned four characters in from the margin (GB/T 9704).
        var first = true;
        foreach (var line in outline.Signature)
        {
            var paragraph = Paragraph(line, "Signature");
            if (first) paragraph.ParagraphProperties!.Append(new SpacingBetweenLines { Before = "1120" });
            first = false;
            body.Append(paragraph);
        }

        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1587, Right = 1474, Header = 851, Footer = 992, Gutter = 0 },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = 579 }));
        main.Document = new Document(body);
    }

    /// <summary>
    /// The title, broken where its words break when it is longer than a line (about 18 characters of 二号 in the text
    /// width): before <c>政府信息公开工作年度报告</c>, so that no line ends with a word cut or a single character.
    /// </summary>
    private static Paragraph TitleParagraph(string title)
    {
        const string Phrase = "政府信息公开工作年度报告";
        var at = title.LastIndexOf(Phrase, StringComparison.Ordinal);
        var width = title.Sum(c => c < 0x2E80 ? 0.5 : 1.0);
        if (at <= 0 || width <= 18 || at + Phrase.Length != title.Length || title.Substring(0, at).Sum(c => c < 0x2E80 ? 0.5 : 1.0) > 18)
        {
            return Paragraph(title, "Title");
        }

        return new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Title" }),
            new Run(new Text(title.Substring(0, at)) { Space = SpaceProcessingModeValues.Preserve }, new Break(), new Text(Phrase)));
    }

    private static Paragraph Paragraph(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), TextRun(text));

    private static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Table Table(DrawnTable table)
    {
        var widths = GridLayout.Widths(table, TextWidthTwips / TwipsPerMillimetre)
            .Select(w => (int)Math.Round(w * TwipsPerMillimetre)).ToArray();
        var result = new Table(new TableProperties(
            new TableStyle { Val = "ReportTable" },
            new TableWidth { Width = TextWidthTwips.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "0000" }));
        var grid = new TableGrid();
        foreach (var w in widths)
        {
            grid.Append(new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) });
        }

        result.Append(grid);
        var cover = GridLayout.Cover(table);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var rowProperties = new TableRowProperties(new CantSplit());
            if (r < table.HeaderRows)
            {
                rowProperties.Append(new TableHeader());
            }

            var row = new TableRow(rowProperties);
            for (var c = 0; c < table.Width;)
            {
                var cell = cover[r, c];
                if (cell is null)
                {
                    row.Append(Cell(widths[c], 1, null, string.Empty, header: false));
                    c++;
                    continue;
                }

                var width = widths.Skip(cell.Column).Take(cell.ColumnSpan).Sum();
                if (cell.Row == r)
                {
                    var merge = cell.RowSpan > 1 ? new VerticalMerge { Val = MergedCellValues.Restart } : null;
                    row.Append(Cell(width, cell.ColumnSpan, merge, cell.Text, cell.IsHeader, cell.Kind));
                }
                else
                {
                    row.Append(Cell(width, cell.ColumnSpan, new VerticalMerge(), string.Empty, cell.IsHeader, cell.Kind));
                }

                c = cell.Column + cell.ColumnSpan;
            }

            result.Append(row);
        }

        return result;
    }

    private static TableCell Cell(int width, int span, VerticalMerge? merge, string text, bool header, DrawnCellKind kind = DrawnCellKind.Value)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is not null) properties.Append(merge);
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var style = kind switch
        {
            DrawnCellKind.RowHeader => "TableLabel",
            DrawnCellKind.Note => "TableNote",
            _ when header => "TableHeader",
            _ => "TableValue",
        };
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        if (text.Length > 0)
        {
            paragraph.Append(TextRun(text));
        }

        return new TableCell(properties, paragraph);
    }

    private static Footer PageNumberFooter() =>
        new(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
            new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));

    private static RunFonts Fonts(string eastAsia, string latin = "Times New Roman") =>
        new() { Ascii = latin, HighAnsi = latin, EastAsia = eastAsia, ComplexScript = latin };

    private static Styles Styles()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(BodyFont),
                    new FontSize { Val = "32" },
                    new FontSizeComplexScript { Val = "32" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact },
                    new Justification { Val = JustificationValues.Both }))));
        styles.Append(ParagraphStyle("Normal", "Normal", null, null, isDefault: true));
        styles.Append(ParagraphStyle("Title", "Title", new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "0", After = "560", Line = "700", LineRule = LineSpacingRuleValues.Exact },
                new Justification { Val = JustificationValues.Center },
                new OutlineLevel { Val = 0 }),
            new StyleRunProperties(Fonts(TitleFont), new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })));
        styles.Append(ParagraphStyle("Heading1", "heading 1", new StyleParagraphProperties(
                new KeepNext(),
                new Indentation { FirstLine = "640", FirstLineChars = 200 },
                new OutlineLevel { Val = 0 }),
            new StyleRunProperties(Fonts(HeadingFont))));
        styles.Append(ParagraphStyle("Heading2", "heading 2", new StyleParagraphProperties(
                new KeepNext(),
                new Indentation { FirstLine = "640", FirstLineChars = 200 },
                new OutlineLevel { Val = 1 }),
            new StyleRunProperties(Fonts(SubHeadingFont))));
        styles.Append(ParagraphStyle("BodyText", "Body Text", new StyleParagraphProperties(
            new Indentation { FirstLine = "640", FirstLineChars = 200 }), null));
        styles.Append(ParagraphStyle("Signature", "Signature", new StyleParagraphProperties(
            new Indentation { Right = "1280", RightChars = 400 },
            new Justification { Val = JustificationValues.Right }), null));
        styles.Append(ParagraphStyle("Footer", "footer", new StyleParagraphProperties(
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts(TableFont), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })));
        var tableText = new StyleParagraphProperties(
            new SnapToGrid { Val = false },
            new SpacingBetweenLines { Line = "280", LineRule = LineSpacingRuleValues.AtLeast },
            new Justification { Val = JustificationValues.Center });
        styles.Append(ParagraphStyle("TableHeader", "Table Header", (StyleParagraphProperties)tableText.CloneNode(true),
            new StyleRunProperties(Fonts(TableFont), new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })));
        styles.Append(ParagraphStyle("TableValue", "Table Value", (StyleParagraphProperties)tableText.CloneNode(true),
            new StyleRunProperties(Fonts(TableFont), new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })));
        styles.Append(ParagraphStyle("TableLabel", "Table Label", new StyleParagraphProperties(
                new SnapToGrid { Val = false },
                new SpacingBetweenLines { Line = "280", LineRule = LineSpacingRuleValues.AtLeast },
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(Fonts(TableFont), new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })));
        styles.Append(ParagraphStyle("TableNote", "Table Note", new StyleParagraphProperties(
                new SnapToGrid { Val = false },
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.AtLeast },
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(Fonts(TableFont), new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })));
        styles.Append(ParagraphStyle("TableAfter", "Table After", new StyleParagraphProperties(
            new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }), null));
        styles.Append(new Style(
            new StyleName { Val = "Report Table" },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "ReportTable" });
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, StyleParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.Append(new StyleName { Val = name });
        if (!isDefault) style.Append(new BasedOn { Val = "Normal" });
        style.Append(new PrimaryStyle());
        if (paragraph is not null) style.Append(paragraph);
        if (run is not null) style.Append(run);
        return style;
    }

    /// <summary>The font table: each Chinese font with its usual alternative name (the fallback a reader uses when it lacks the first).</summary>
    private static Fonts FontTable() =>
        new(
            Font(TitleFont, "黑体", "02010601030101010101"),
            Font(HeadingFont, "SimHei", "02010609060101010101"),
            Font(BodyFont, "仿宋_GB2312", "02010609060101010101"),
            Font(SubHeadingFont, "楷体_GB2312", "02010609060101010101"),
            Font(TableFont, "SimSun", "02010600030101010101"),
            new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Roman }, new Pitch { Val = FontPitchValues.Variable }) { Name = "Times New Roman" });

    private static Font Font(string name, string alternative, string panose) =>
        new(
            new AltName { Val = alternative },
            new Panose1Number { Val = panose },
            new FontCharSet { Val = "86" },
            new FontFamily { Val = FontFamilyValues.Auto },
            new Pitch { Val = FontPitchValues.Variable }) { Name = name };
}
