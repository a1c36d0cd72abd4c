using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Rendering;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Import;

/// <summary>What real extractions do to a report's text, one effect at a time, on reports with distinct values.</summary>
public sealed class ImportFeatureTests
{
    private static readonly DisclosureReport Busy = DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2021", "valid-shili-natural-resources-2024.json")));
    private static readonly string Seed = File.ReadAllText(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.txt"));
    private static readonly LayoutCatalog Catalog = LayoutCatalog.Edition2021;

    private static string BusyText(TextShape shape = TextShape.TabSeparated) => ReportTextRenderer.RenderReport(Busy, shape);

    private static decimal? Cell(ImportResult result, string pointer) => Catalog.FindCell(pointer)!.GetValue(result.Report!);

    /// <summary>A 2021 report whose cells are 0 except those given.</summary>
    private static DisclosureReport Report(params (string Pointer, decimal? Value)[] cells)
    {
        var seed = DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.json")));
        var values = new decimal?[Catalog.Cells.Count];
        Array.Fill(values, 0m);
        foreach (var (pointer, value) in cells)
        {
            values[Catalog.FindCell(pointer)!.Index] = value;
        }

        return Catalog.CreateReport(seed.Metadata, values) with
        {
            Preamble = seed.Preamble,
            Overview = seed.Overview,
            ProblemsAndImprovements = seed.ProblemsAndImprovements,
            OtherMatters = seed.OtherMatters,
        };
    }

    [Theory]
    [InlineData("2.其他法律行政法规禁止公开", "2.其他法律和行政法规禁止公开", "/applications/outcomes/withheld/prohibitedByLaw")]
    [InlineData("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1.申请人无正当理由逾期不补正、行政机关不再受理其政府信息公开申请", "/applications/outcomes/otherHandling/notCorrectedInTime")]
    [InlineData("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再受理其政府信息公开申请", "/applications/outcomes/otherHandling/feeNotPaid")]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开", "/applications/outcomes/partiallyDisclosed")]
    [InlineData("3.其他\t", "其他\t", "/applications/outcomes/otherHandling/other")]
    [InlineData("行政规范性文件\t", "规范性文件\t", "/proactiveDisclosure/normativeDocuments")]
    [InlineData("四、结转下年度继续办理", "四、结转下年度继续办理的申请", null)]
    [InlineData("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "(本列数据的钩稽关系为:第一项加第二项之和,等于第三项加第四项之和)", null)]
    [InlineData("三、本年度办理结果", "三三、本年度办理结果", null)]
    [InlineData("四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "/reviewAndLitigation")]
    [InlineData("五、存在的主要问题及改进情况", "五、存在的主要问题及改进措施", "/problemsAndImprovements")]
    [InlineData("五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况", "/problemsAndImprovements")]
    [InlineData("一、总体情况", "一总体情况", null)]
    public void Local_label_variants_and_typos_are_read_as_the_official_label(string official, string variant, string? pointer)
    {
        var text = BusyText();
        Assert.Contains(official, text, StringComparison.Ordinal);

        var result = ReportTextImporter.Import(text.Replace(official, variant));

        ShapeRoundTripTests.AssertCells(Busy, result, lossy: false);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        if (pointer is not null)
        {
            Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.LabelVariant && d.Pointer == pointer && d.Location is not null);
        }
    }

    [Fact]
    public void Full_width_digits_and_punctuation_are_read_and_kept_verbatim_in_the_provenance()
    {
        var text = BusyText();
        var tables = text.IndexOf("二、主动公开政府信息情况", StringComparison.Ordinal);
        var end = text.IndexOf("五、存在的主要问题及改进情况", StringComparison.Ordinal);
        var wide = new StringBuilder(text.Substring(0, tables));
        foreach (var c in text.Substring(tables, end - tables))
        {
            wide.Append(c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c == '.' ? '．' : c);
        }

        wide.Append(text.Substring(end));

        var result = ReportTextImporter.Import(wide.ToString());

        ShapeRoundTripTests.AssertCells(Busy, result, lossy: false);
        Assert.Equal("５９２３７．２４４９", result.Provenance.Find("/proactiveDisclosure/administrativeFees/amount")!.Raw);
        Assert.Equal("７７４", result.Provenance.Find("/applications/newlyReceived/naturalPerson")!.Raw);
    }

    [Fact]
    public void Thousands_separators_and_units_inside_cells_are_read()
    {
        var report = Report(
            ("/applications/newlyReceived/naturalPerson", 1234), ("/applications/newlyReceived/total", 1234),
            ("/applications/outcomes/disclosed/naturalPerson", 1234), ("/applications/outcomes/disclosed/total", 1234),
            ("/applications/outcomes/total/naturalPerson", 1234), ("/applications/outcomes/total/total", 1234),
            ("/proactiveDisclosure/administrativeLicensing/decisions", 25),
            ("/proactiveDisclosure/administrativeFees/amount", 1.5m));
        var text = ReportTextRenderer.RenderReport(report, TextShape.TabSeparated)
            .Replace("\t1234", "\t1,234")
            .Replace("行政许可\t25", "行政许可\t25件")
            .Replace("行政事业性收费\t1.5", "行政事业性收费\t15000元");

        var result = ReportTextImporter.Import(text);

        ShapeRoundTripTests.AssertCells(report, result, lossy: false);
        Assert.Equal("1,234", result.Provenance.Find("/applications/newlyReceived/naturalPerson")!.Raw);
        Assert.Equal("25件", result.Provenance.Find("/proactiveDisclosure/administrativeLicensing/decisions")!.Raw);
        // 15000 元 is 1.5 万元, the unit of 本年收费金额（单位：万元）.
        Assert.Equal(1.5m, Cell(result, "/proactiveDisclosure/administrativeFees/amount"));
        Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.UnitConverted && d.Pointer == "/proactiveDisclosure/administrativeFees/amount");
    }

    [Fact]
    public void None_written_as_slash_dash_or_wu_is_zero_and_a_blank_stays_blank()
    {
        var lines = Seed.Split('\n');
        var row = Array.FindIndex(lines, l => l.StartsWith("二、上年结转政府信息公开申请数量", StringComparison.Ordinal));
        lines[row] = "二、上年结转政府信息公开申请数量\t\t/\t-\t—\t无\t－\t\t0\t";

        var result = ReportTextImporter.Import(string.Join("\n", lines), new ImportOptions { SourceName = "seed.txt" });

        const string P = "/applications/carriedOver/";
        string[] marks = ["/", "-", "—", "无", "－"];
        string[] columns = ["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceProvider"];
        for (var i = 0; i < marks.Length; i++)
        {
            var cell = result.Provenance.Find(P + columns[i])!;
            Assert.Equal(0m, cell.Value);
            Assert.Equal(marks[i], cell.Raw);
            Assert.Equal(CellReadingKind.NoneMarker, cell.Kind);
            Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.NoneMarkerAsZero && d.Pointer == P + columns[i]);
        }

        var blank = result.Provenance.Find(P + "other")!;
        Assert.Null(blank.Value);
        Assert.Equal(CellReadingKind.Blank, blank.Kind);
        Assert.Null(Cell(result, P + "other"));
        Assert.Equal(0m, Cell(result, P + "total"));
    }

    [Fact]
    public void Digits_run_together_are_split_by_the_format_arithmetic()
    {
        // 64|0|0|2|0|4|70 written as 640020470: the row total leaves one split.
        var report = Report(
            ("/applications/newlyReceived/naturalPerson", 64), ("/applications/newlyReceived/socialWelfareOrganization", 2),
            ("/applications/newlyReceived/other", 4), ("/applications/newlyReceived/total", 70),
            ("/applications/outcomes/disclosed/naturalPerson", 64), ("/applications/outcomes/disclosed/socialWelfareOrganization", 2),
            ("/applications/outcomes/disclosed/other", 4), ("/applications/outcomes/disclosed/total", 70),
            ("/applications/outcomes/total/naturalPerson", 64), ("/applications/outcomes/total/socialWelfareOrganization", 2),
            ("/applications/outcomes/total/other", 4), ("/applications/outcomes/total/total", 70));
        var text = ReportTextRenderer.RenderReport(report, ReportTextRenderer.RunTogether);
        Assert.Contains("一、本年新收政府信息公开申请数量640020470二、", text, StringComparison.Ordinal);

        var result = ReportTextImporter.Import(text);

        ShapeRoundTripTests.AssertCells(report, result, lossy: false);
        var split = Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.SplitRecovered && d.Pointer == "/applications/newlyReceived");
        Assert.Contains("64|0|0|2|0|4|70", split.Message, StringComparison.Ordinal);
        var natural = result.Provenance.Find("/applications/newlyReceived/naturalPerson")!;
        Assert.Equal(("64", CellReadingKind.Split), (natural.Raw, natural.Kind));
    }

    [Fact]
    public void Rows_that_the_row_total_cannot_split_are_split_jointly_by_the_column_sums()
    {
        // 100001011 is 1|0|0|0|0|10|11 or 10|0|0|0|1|0|11 by its row total alone; rows （一） and （二）, written with one
        // digit per cell, make 10|0|0|0|1|0|11 the only reading of 一 and （七） that keeps the column sums.
        var report = Report(
            ("/applications/newlyReceived/naturalPerson", 10), ("/applications/newlyReceived/legalServiceProvider", 1), ("/applications/newlyReceived/total", 11),
            ("/applications/outcomes/disclosed/naturalPerson", 10), ("/applications/outcomes/disclosed/total", 10),
            ("/applications/outcomes/partiallyDisclosed/legalServiceProvider", 1), ("/applications/outcomes/partiallyDisclosed/total", 1),
            ("/applications/outcomes/total/naturalPerson", 10), ("/applications/outcomes/total/legalServiceProvider", 1), ("/applications/outcomes/total/total", 11));
        var text = ReportTextRenderer.RenderReport(report, ReportTextRenderer.RunTogether);
        Assert.Contains("100001011", text, StringComparison.Ordinal);

        var result = ReportTextImporter.Import(text);

        ShapeRoundTripTests.AssertCells(report, result, lossy: false);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.SplitRecovered && d.Pointer == "/applications/outcomes/total");
    }

    [Fact]
    public void Where_every_sum_allows_two_splits_the_cells_stay_blank_with_both_candidates()
    {
        // The same three rows with nothing else to tell 1|0|0|0|0|10|11 from 10|0|0|0|1|0|11.
        var ambiguous = Report(
            ("/applications/newlyReceived/naturalPerson", 10), ("/applications/newlyReceived/legalServiceProvider", 1), ("/applications/newlyReceived/total", 11),
            ("/applications/outcomes/disclosed/naturalPerson", 10), ("/applications/outcomes/disclosed/legalServiceProvider", 1), ("/applications/outcomes/disclosed/total", 11),
            ("/applications/outcomes/total/naturalPerson", 10), ("/applications/outcomes/total/legalServiceProvider", 1), ("/applications/outcomes/total/total", 11));

        var result = ReportTextImporter.Import(ReportTextRenderer.RenderReport(ambiguous, ReportTextRenderer.RunTogether));

        foreach (var row in new[] { "/applications/newlyReceived", "/applications/outcomes/disclosed", "/applications/outcomes/total" })
        {
            Assert.Equal(11m, Cell(result, row + "/total"));
            Assert.Equal(0m, Cell(result, row + "/commercialEnterprise"));
            foreach (var (column, candidates) in new[] { ("naturalPerson", new decimal?[] { 1, 10 }), ("legalServiceProvider", [0, 1]), ("other", [10, 0]) })
            {
                var cell = result.Provenance.Find($"{row}/{column}")!;
                Assert.Null(cell.Value);
                Assert.Equal(CellReadingKind.Ambiguous, cell.Kind);
                Assert.Equal(candidates.Order(), cell.Candidates.Order());
            }

            var d = Assert.Single(result.Diagnostics, x => x.Code == ImportCodes.AmbiguousSplit && x.RelatedPointers.Contains(row + "/naturalPerson"));
            Assert.Contains("1|0|0|0|0|10|11", d.Message, StringComparison.Ordinal);
            Assert.Contains("10|0|0|0|1|0|11", d.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Article_20_runs_have_no_arithmetic_so_an_ambiguous_run_stays_blank_unless_each_cell_has_one_digit()
    {
        var text = Seed.Replace("行政规范性文件\t0\t0\t0", "行政规范性文件24432").Replace("规 章\t0\t0\t0", "规 章417");

        var result = ReportTextImporter.Import(text);

        Assert.Equal([4m, 1m, 7m], new[] { "issued", "repealed", "inForce" }.Select(c => Cell(result, "/proactiveDisclosure/rules/" + c)));
        foreach (var column in new[] { "issued", "repealed", "inForce" })
        {
            Assert.Null(Cell(result, "/proactiveDisclosure/normativeDocuments/" + column));
        }

        var d = Assert.Single(result.Diagnostics, x => x.Code == ImportCodes.AmbiguousSplit);
        Assert.Equal("/proactiveDisclosure/normativeDocuments/issued", d.Pointer);
        Assert.Contains("2|4|432, 2|44|32, 2|443|2, 24|4|32, 24|43|2, 244|3|2", d.Message, StringComparison.Ordinal);
        Assert.Equal(new decimal?[] { 2, 24, 244 }, result.Provenance.Find("/proactiveDisclosure/normativeDocuments/issued")!.Candidates);
    }

    [Fact]
    public void Pdf_layout_with_a_vertical_merged_label_and_a_wrapped_label_is_read()
    {
        var report = Report(
            ("/applications/newlyReceived/naturalPerson", 1175), ("/applications/newlyReceived/commercialEnterprise", 12), ("/applications/newlyReceived/total", 1187),
            ("/applications/outcomes/disclosed/naturalPerson", 1148), ("/applications/outcomes/disclosed/commercialEnterprise", 12), ("/applications/outcomes/disclosed/total", 1160),
            ("/applications/outcomes/withheld/prohibitedByLaw/naturalPerson", 27), ("/applications/outcomes/withheld/prohibitedByLaw/total", 27),
            ("/applications/outcomes/total/naturalPerson", 1175), ("/applications/outcomes/total/commercialEnterprise", 12), ("/applications/outcomes/total/total", 1187));
        var text = ReportTextRenderer.RenderReport(report, TextShape.SpaceAligned);
        // As PDF text extraction writes it: the merged label 三、本年度办理结果 one character per line, and a long label
        // wrapped with its last character on the line of its numbers.
        var lines = text.Split('\n').ToList();
        var first = lines.FindIndex(l => l.StartsWith("三、本年度办理结果 （一）予以公开", StringComparison.Ordinal));
        lines[first] = lines[first].Replace("三、本年度办理结果 ", "三 ");
        var vertical = "、本年度办理结果";
        for (var i = 0; i < vertical.Length; i++)
        {
            lines[first + 1 + i] = vertical[i] + " " + lines[first + 1 + i];
        }

        var wrapped = lines.FindIndex(l => l.Contains("2.其他法律行政法规禁止公开", StringComparison.Ordinal));
        var numbers = lines[wrapped].Substring(lines[wrapped].IndexOf("公开", StringComparison.Ordinal) + 2);
        lines[wrapped] = lines[wrapped].Substring(0, lines[wrapped].IndexOf("开", StringComparison.Ordinal)) + "\n结           开" + numbers;

        var result = ReportTextImporter.Import(string.Join("\n", lines));

        ShapeRoundTripTests.AssertCells(report, result, lossy: false);
    }

    [Fact]
    public void Page_numbers_and_page_breaks_inside_paragraphs_are_removed_from_free_text()
    {
        var text = Seed.Replace("三是政务\n\n公开的内容", "三是政务\n\n- 3 -\n\n公开的内容");

        var result = ReportTextImporter.Import(text);

        Assert.Contains("三是政务公开的内容不够充实", result.Report!.ProblemsAndImprovements, StringComparison.Ordinal);
        Assert.DoesNotContain("- 3 -", result.Report.ProblemsAndImprovements, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("渠县商务局2023年未发出政府信息处理费收费通知，未收取信息处理费。", 0, "0", "0")]
    [InlineData("2024年，本机关依据《政府信息公开信息处理费管理办法》发出收费通知3件，金额共计300元，实际收取100元。", 3, "300", "100")]
    [InlineData("2024年，发出信息处理费收费通知2件，金额合计0.12万元，实际收取的总金额为600元。", 2, "1200", "600")]
    [InlineData("2025年度，我局严格按照《政府信息公开信息处理费管理办法》规定的收费标准执行，全年未产生政府信息公开信息处理费。", 0, "0", "0")]
    [InlineData("2025年，无收取信息处理费情况。", 0, "0", "0")]
    [InlineData("2024年，发出收费通知2件，申请人均未缴费，未收取信息处理费。", 2, null, "0")]
    [InlineData("无。", null, null, null)]
    public void Information_processing_fees_are_read_from_section_six_when_stated(string section, int? notices, string? noticed, string? collected)
    {
        var text = Seed.Replace("渠县商务局2023年未发出政府信息处理费收费通知，未收取信息处理费。", section);

        var other = ReportTextImporter.Import(text).Report!.OtherMatters;

        Assert.Equal(section, other.Text);
        if (notices is null && noticed is null && collected is null)
        {
            Assert.Null(other.ProcessingFees);
            return;
        }

        Assert.Equal(notices, other.ProcessingFees!.NoticesIssued);
        Assert.Equal(noticed is null ? null : decimal.Parse(noticed, System.Globalization.CultureInfo.InvariantCulture), other.ProcessingFees.AmountNoticed);
        Assert.Equal(collected is null ? null : decimal.Parse(collected, System.Globalization.CultureInfo.InvariantCulture), other.ProcessingFees.AmountCollected);
    }

    [Fact]
    public void A_crawler_header_gives_the_title_the_date_and_the_address()
    {
        var text = "标题: 渠县商务局2023年政府信息公开工作年度报告\n发布时间: 2024-01-30 10:05\n原文链接: https://www.example.gov.cn/a/b.html\n==================== 正文 ====================\n"
                   + Seed.Substring(Seed.IndexOf("根据", StringComparison.Ordinal));

        var metadata = ReportTextImporter.Import(text).Report!.Metadata;

        Assert.Equal(new ReportMetadata
        {
            Agency = "渠县商务局",
            Year = 2023,
            Title = "渠县商务局2023年政府信息公开工作年度报告",
            PublishedOn = new DateTime(2024, 1, 30),
            SourceUrl = "https://www.example.gov.cn/a/b.html",
        }, metadata);
    }

    [Fact]
    public void A_title_without_a_year_is_reported_and_the_year_is_read_from_the_statistics_period()
    {
        var text = Seed.Replace("2023 年政府信息公开工作年度报告", "政府信息公开工作年度报告");

        var result = ReportTextImporter.Import(text);

        Assert.Equal(2023, result.Report!.Metadata.Year);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.MetadataMissing && d.Pointer == "/metadata/year" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void The_edition_comes_from_the_tables_not_the_year()
    {
        var text = Seed.Replace("2023 年政府信息公开工作年度报告", "2020 年政府信息公开工作年度报告");

        var result = ReportTextImporter.Import(text);

        Assert.Equal(ReportEdition.Edition2021, result.Edition);
        Assert.Equal(2020, result.Report!.Metadata.Year);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.EditionYearMismatch);
    }

    [Fact]
    public void Another_editions_columns_in_the_article_20_table_are_reported_and_not_read()
    {
        var text = BusyText().Replace("信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量");

        var result = ReportTextImporter.Import(text);

        Assert.Equal(ReportEdition.Edition2021, result.Edition);
        var hint = Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.WrongEditionLayout);
        Assert.Equal("/proactiveDisclosure/rules", hint.Pointer);
        Assert.All(Catalog.GetTable("T2").Rows.Where(r => r.Key is "rules" or "normativeDocuments").SelectMany(r => r.Cells),
            c => Assert.Null(c.GetValue(result.Report!)));
        Assert.Equal(5263m, Cell(result, "/proactiveDisclosure/administrativeLicensing/decisions"));
    }

    [Fact]
    public void A_2022_report_on_the_2019_trial_tables_is_read_in_the_2019_edition()
    {
        var township = DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2019", "valid-shili-township-2020.json")));
        var text = ReportTextRenderer.RenderReport(township, TextShape.TabSeparated).Replace("2020年政府信息公开工作年度报告", "2022年政府信息公开工作年度报告");

        var result = ReportTextImporter.Import(text);

        Assert.Equal(ReportEdition.Edition2019, result.Edition);
        Assert.Equal(2022, result.Report!.Metadata.Year);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.EditionYearMismatch);
        ShapeRoundTripTests.AssertCells(township, result, lossy: false);
    }

    [Fact]
    public void The_2019_tables_keep_signed_changes_and_the_printed_procurement_amount()
    {
        var township = DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2019", "valid-shili-township-2020.json")));
        var lines = ReportTextRenderer.RenderReport(township, TextShape.TabSeparated).Split('\n');
        var licensing = Array.FindIndex(lines, l => l.StartsWith("行政许可\t", StringComparison.Ordinal));
        lines[licensing] = "行政许可88-720"; // run together, 本年增/减 negative: 88|-7|20 or 88|-72|0
        var procurement = Array.FindIndex(lines, l => l.StartsWith("政府集中采购\t", StringComparison.Ordinal));
        lines[procurement] = "政府集中采购\t1个\t246900元";

        var result = ReportTextImporter.Import(string.Join("\n", lines));

        var report = (DisclosureReport2019)result.Report!;
        Assert.Equal(88, report.ProactiveDisclosure.AdministrativeLicensing.PreviousYearItems);
        Assert.Null(report.ProactiveDisclosure.AdministrativeLicensing.Change);
        Assert.Equal(new decimal?[] { -7, -72 }, result.Provenance.Find("/proactiveDisclosure/administrativeLicensing/change")!.Candidates);
        Assert.Equal(new Procurement { Projects = 1, TotalAmount = 246900, TotalAmountText = "246900元" }, report.ProactiveDisclosure.CentralizedProcurement);
        Assert.Equal(((DisclosureReport2019)township).Applications, report.Applications); // the other tables as rendered
    }

    [Fact]
    public void Text_without_a_report_gives_a_diagnostic_and_no_report()
    {
        var result = ReportTextImporter.Import("今天天气很好。\n没有任何表格。");

        Assert.Null(result.Report);
        Assert.Null(result.Edition);
        Assert.False(result.Succeeded);
        Assert.Equal(ImportCodes.NotAReport, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_missing_table_is_an_error_and_its_cells_are_blank()
    {
        var text = Seed.Substring(0, Seed.IndexOf("四、政府信息公开行政复议", StringComparison.Ordinal));

        var result = ReportTextImporter.Import(text);

        Assert.NotNull(result.Report);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.TableMissing && d.Pointer == "/reviewAndLitigation");
        Assert.All(Catalog.GetTable("T4").Cells, c => Assert.Null(c.GetValue(result.Report!)));
        Assert.All(Catalog.GetTable("T3").Cells, c => Assert.Equal(0m, c.GetValue(result.Report!)));
    }

    [Fact]
    public void An_edition_can_be_required_and_one_this_version_lacks_is_reported()
    {
        var required = ReportTextImporter.Import(Seed, new ImportOptions { Edition = ReportEdition.Edition2021 });
        Assert.Equal(ReportEdition.Edition2021, required.Edition);
        Assert.NotNull(required.Report);

        var unknown = ReportTextImporter.Import(Seed, new ImportOptions { Edition = (ReportEdition)2030 });
        Assert.Null(unknown.Report);
        Assert.Equal(ImportCodes.EditionNotAvailable, Assert.Single(unknown.Diagnostics).Code);
    }

    [Fact]
    public void A_missing_row_or_heading_is_reported_where_it_was_expected()
    {
        var text = Seed.Replace("行政强制\t0\n", "").Replace("五、存在的主要问题及改进措施", "（此处原有标题）");

        var result = ReportTextImporter.Import(text, new ImportOptions { SourceName = "seed.txt" });

        var row = Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.RowMissing);
        Assert.Equal("/proactiveDisclosure/administrativeCoercion", row.Pointer);
        Assert.Equal(new Disclosure.Format.Diagnostics.SourceLocation { Source = "seed.txt", Line = 35, Column = 5 }, row.Location); // after 行政处罚, the row before
        var heading = Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.SectionMissing);
        Assert.Equal("/problemsAndImprovements", heading.Pointer);
        Assert.Null(Cell(result, "/proactiveDisclosure/administrativeCoercion/decisions"));
        Assert.Equal(string.Empty, result.Report!.ProblemsAndImprovements);
    }

    [Fact]
    public void Null_text_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => ReportTextImporter.Import((string)null!));
        Assert.Throws<ArgumentNullException>(() => ReportTextImporter.Import((byte[])null!));
    }
}
