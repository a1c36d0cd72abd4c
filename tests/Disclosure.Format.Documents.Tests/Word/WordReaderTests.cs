using static Disclosure.Format.Documents.Tests.Word.RawDocx;

namespace Disclosure.Format.Documents.Tests.Word;

/// <summary>One feature of WordprocessingML at a time, in exact markup: what the reader shows is what Word displays.</summary>
public sealed class WordReaderTests
{
    private static ReportDocument Read(string body, string? styles = null, string? coreTitle = null)
    {
        var document = WordReportReader.Read(FromBody(body, styles, coreTitle: coreTitle));
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        return document;
    }

    private static string OnlyText(string paragraphXml) => Assert.IsType<DocumentParagraph>(Assert.Single(Read(paragraphXml).Blocks)).Text;

    [Fact]
    public void Runs_join_as_displayed()
    {
        Assert.Equal("22件", OnlyText("<w:p><w:r><w:t>2</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:b/></w:rPr><w:t>2</w:t></w:r><w:bookmarkStart w:id=\"0\" w:name=\"a\"/><w:r><w:t>件</w:t></w:r><w:bookmarkEnd w:id=\"0\"/></w:p>"));
    }

    [Fact]
    public void Tabs_breaks_hyphens_and_symbols_are_displayed_characters()
    {
        Assert.Equal("a\tb\nc\nd-e\tf\u2212g-", OnlyText(
            "<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t><w:noBreakHyphen/><w:t>e</w:t><w:ptab w:relativeTo=\"margin\" w:alignment=\"left\" w:leader=\"none\"/><w:t>f</w:t><w:sym w:font=\"Symbol\" w:char=\"2212\"/><w:t>g</w:t><w:softHyphen/><w:sym w:font=\"Symbol\" w:char=\"F02D\"/></w:r></w:p>"));
    }

    [Fact]
    public void A_complex_field_shows_its_result_never_its_code()
    {
        Assert.Equal("共7件", OnlyText(
            "<w:p><w:r><w:t>共</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> =3+4 </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>件</w:t></w:r></w:p>"));
    }

    [Fact]
    public void Nested_fields_show_the_outer_result_only()
    {
        // An IF field whose code holds a nested field: neither code is displayed, nor the nested field's result.
        Assert.Equal("是", OnlyText(
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:instrText> = 3 \"是\" \"否\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>是</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"));
    }

    [Fact]
    public void A_simple_field_shows_its_result()
    {
        Assert.Equal("2023", OnlyText("<w:p><w:fldSimple w:instr=\" DATE \\@ yyyy \"><w:r><w:t>2023</w:t></w:r></w:fldSimple></w:p>"));
    }

    [Fact]
    public void Tracked_deletions_are_left_out_and_insertions_kept()
    {
        Assert.Equal("16件", OnlyText(
            "<w:p><w:r><w:t>1</w:t></w:r><w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>5</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>6</w:t></w:r></w:ins>"
            + "<w:moveFrom w:id=\"3\" w:author=\"a\"><w:r><w:t>9</w:t></w:r></w:moveFrom><w:moveTo w:id=\"4\" w:author=\"a\"><w:r><w:t>件</w:t></w:r></w:moveTo></w:p>"));
    }

    [Fact]
    public void Hidden_text_is_left_out_whether_hidden_directly_or_by_a_style()
    {
        const string styles = "<w:style w:type=\"character\" w:styleId=\"H\"><w:name w:val=\"hidden\"/><w:rPr><w:vanish/></w:rPr></w:style>"
                              + "<w:style w:type=\"character\" w:styleId=\"H2\"><w:name w:val=\"hidden 2\"/><w:basedOn w:val=\"H\"/></w:style>";
        var document = Read(
            "<w:p><w:r><w:t>3</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>0</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"H2\"/></w:rPr><w:t>1</w:t></w:r>"
            + "<w:r><w:rPr><w:rStyle w:val=\"H\"/><w:vanish w:val=\"0\"/></w:rPr><w:t>5</w:t></w:r><w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>件</w:t></w:r></w:p>", styles);
        Assert.Equal("35件", Assert.IsType<DocumentParagraph>(Assert.Single(document.Blocks)).Text);
    }

    [Fact]
    public void Footnote_marks_drawings_and_content_controls()
    {
        Assert.Equal("12件", OnlyText(
            "<w:p><w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent><w:r><w:t>12</w:t></w:r></w:sdtContent></w:sdt>"
            + "<w:r><w:footnoteReference w:id=\"1\"/></w:r><w:hyperlink w:anchor=\"a\"><w:r><w:t>件</w:t></w:r></w:hyperlink></w:p>"));
    }

    [Fact]
    public void Headings_come_from_style_names_base_styles_and_outline_levels()
    {
        const string styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"a5\"><w:name w:val=\"标题 2\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"Title\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Mine\"><w:name w:val=\"我的标题\"/><w:basedOn w:val=\"Base\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Base\"><w:name w:val=\"base\"/><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Loop1\"><w:name w:val=\"loop1\"/><w:basedOn w:val=\"Loop2\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Loop2\"><w:name w:val=\"loop2\"/><w:basedOn w:val=\"Loop1\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/></w:style>";
        var document = Read(
            P("标题行", "<w:pStyle w:val=\"a3\"/>") + P("一、总体情况", "<w:pStyle w:val=\"1\"/>") + P("（一）主动公开", "<w:pStyle w:val=\"a5\"/>")
            + P("三级", "<w:pStyle w:val=\"Mine\"/>") + P("大纲", "<w:outlineLvl w:val=\"0\"/>") + P("正文", "<w:pStyle w:val=\"Loop1\"/>")
            + P("一、总体情况\t1", "<w:pStyle w:val=\"TOC1\"/>") + P("正文级别", "<w:pStyle w:val=\"1\"/><w:outlineLvl w:val=\"9\"/>"), styles);

        Assert.Equal(
            [("标题行", 1), ("一、总体情况", 1), ("（一）主动公开", 2), ("三级", 3), ("大纲", 1), ("正文", 0), ("正文级别", 0)],
            document.Blocks.Cast<DocumentParagraph>().Select(p => (p.Text, p.HeadingLevel)));
    }

    [Fact]
    public void The_title_property_is_the_documents_title()
    {
        Assert.Equal("示例县2023年政府信息公开工作年度报告", Read(P("x"), coreTitle: "  示例县2023年政府信息公开工作年度报告 ").Title);
        Assert.Null(Read(P("x"), coreTitle: " ").Title);
        Assert.Null(Read(P("x")).Title);
    }

    [Fact]
    public void Empty_paragraphs_are_not_blocks()
    {
        var document = Read(P("a") + "<w:p/><w:p><w:r><w:t xml:space=\"preserve\">  </w:t></w:r></w:p><w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" + P("b"));
        Assert.Equal(["a", "b"], document.Blocks.Cast<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void Grid_spans_vertical_merges_and_grid_before_make_the_grid()
    {
        var table = Assert.Single(Read(
            "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + P("合并") + "</w:tc>" + Tc("表头", "<w:gridSpan w:val=\"2\"/>") + "</w:tr>"
            + "<w:tr>" + Tc("", "<w:vMerge/>") + Tc("1") + Tc("2") + "</w:tr>"
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + Tc("3") + Tc("") + "</w:tr>"
            + "<w:tr><w:trPr><w:del w:id=\"9\" w:author=\"a\"/></w:trPr>" + Tc("删") + Tc("删") + Tc("删") + "</w:tr>"
            + "<w:tr>" + Tc("x", "<w:vMerge/>") + Tc("a") + Tc("b", "<w:hMerge w:val=\"restart\"/>") + "</w:tr>"
            + "</w:tbl>").Tables);

        Assert.Equal((4, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(
            [(0, 0, 2, 1, "合并"), (0, 1, 1, 2, "表头"), (1, 1, 1, 1, "1"), (1, 2, 1, 1, "2"), (2, 1, 1, 1, "3"), (2, 2, 1, 1, ""),
                (3, 0, 1, 1, "x"), (3, 1, 1, 1, "a"), (3, 2, 1, 1, "b")],
            table.Cells.Select(c => (c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Text)));
        Assert.Same(table.Cells[0], table.CellAt(1, 0));
        Assert.Null(table.CellAt(2, 0)); // left empty by w:gridBefore
    }

    [Fact]
    public void A_continuation_that_does_not_line_up_is_a_cell_of_its_own()
    {
        var table = Assert.Single(Read(
            "<w:tbl><w:tr>" + Tc("a", "<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>") + "</w:tr>"
            + "<w:tr>" + Tc("b", "<w:vMerge/>") + Tc("c", "<w:vMerge/>") + "</w:tr></w:tbl>").Tables);
        Assert.Equal([(0, 0, 1, 2, "a"), (1, 0, 1, 1, "b"), (1, 1, 1, 1, "c")], table.Cells.Select(c => (c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Text)));
    }

    [Fact]
    public void Legacy_horizontal_merges_widen_the_cell_before()
    {
        var table = Assert.Single(Read("<w:tbl><w:tr>" + Tc("a", "<w:hMerge w:val=\"restart\"/>") + Tc("", "<w:hMerge/>") + Tc("b") + "</w:tr></w:tbl>").Tables);
        Assert.Equal([(0, 0, 1, 2, "a"), (0, 2, 1, 1, "b")], table.Cells.Select(c => (c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Text)));
    }

    [Fact]
    public void A_cells_paragraphs_join_with_new_lines_and_header_rows_are_marked()
    {
        var table = Assert.Single(Read(
            "<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p/>" + P("22") + "<w:p/>" + P("（其中修订16件）") + "<w:p/></w:tc></w:tr>"
            + "<w:tr><w:sdt><w:sdtContent><w:tc>" + P("5") + "</w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>").Tables);
        Assert.Equal([("22\n\n（其中修订16件）", true), ("5", false)], table.Cells.Select(c => (c.Text, c.IsHeader)));
    }

    [Fact]
    public void Two_tables_after_a_page_break_stay_two_tables_numbered_in_order()
    {
        var document = Read("<w:tbl><w:tr>" + Tc("a") + "</w:tr></w:tbl><w:p><w:r><w:br w:type=\"page\"/></w:r></w:p><w:tbl><w:tr>" + Tc("b") + "</w:tr></w:tbl>");
        Assert.Equal([1, 2], document.Tables.Select(t => t.Number));
        Assert.Equal(2, document.Blocks.Count);
        Assert.Equal(2, document.Tables[1].Cells[0].Location.Table);
    }

    [Fact]
    public void A_layout_frame_around_the_report_is_read_as_its_content()
    {
        var inner = "<w:tbl><w:tr>" + Tc("规章") + Tc("3") + "</w:tr></w:tbl>";
        var document = Read("<w:tbl><w:tr><w:tc>" + P("标题", "<w:outlineLvl w:val=\"0\"/>") + inner + P("说明") + "</w:tc></w:tr></w:tbl>");
        Assert.Collection(document.Blocks,
            b => Assert.Equal("标题", Assert.IsType<DocumentParagraph>(b).Text),
            b => Assert.Equal(["规章", "3"], Assert.IsType<DocumentTable>(b).Cells.Select(c => c.Text)),
            b => Assert.Equal("说明", Assert.IsType<DocumentParagraph>(b).Text));
        Assert.Equal(1, document.Tables[0].Number);
    }

    [Fact]
    public void A_table_with_a_table_in_one_of_many_cells_is_read_and_the_inner_table_follows()
    {
        var inner = "<w:tbl><w:tr>" + Tc("内") + "</w:tr></w:tbl>";
        var document = Read("<w:tbl><w:tr>" + Tc("a") + Tc("b") + Tc("c") + "</w:tr><w:tr>" + Tc("d") + Tc("e") + "<w:tc>" + P("f") + inner + "</w:tc></w:tr></w:tbl>");
        Assert.Equal(2, document.Tables.Count);
        Assert.Equal(["a", "b", "c", "d", "e", "f"], document.Tables[0].Cells.Select(c => c.Text));
        Assert.Equal(("内", 2), (document.Tables[1].Cells[0].Text, document.Tables[1].Number));
    }

    [Fact]
    public void Reading_from_a_stream_and_a_file_gives_the_same_document()
    {
        var bytes = FromBody(P("x") + "<w:tbl><w:tr>" + Tc("1") + "</w:tr></w:tbl>");
        var path = Path.Combine(Path.GetTempPath(), $"word-reader-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(path, bytes);
        try
        {
            var fromFile = WordReportReader.ReadFile(path);
            using var stream = new MemoryStream(bytes);
            var fromStream = WordReportReader.Read(stream, new WordReadOptions { SourceName = "s.docx" });
            Assert.Equal(Path.GetFileName(path), fromFile.SourceName);
            Assert.Equal(Path.GetFileName(path), fromFile.Tables[0].Cells[0].Location.Source);
            Assert.Equal("s.docx", fromStream.Tables[0].Cells[0].Location.Source);
            Assert.Equal(fromFile.Tables[0].Cells[0].Text, fromStream.Tables[0].Cells[0].Text);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
