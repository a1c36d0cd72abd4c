using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Rendering;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Rendering;

public sealed class RendererTests
{
    private static DisclosureReport Load(string edition, string name) =>
        DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture(edition, name)));

    public static TheoryData<TextShape> Shapes() => new(TextShapes.All);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_tables_of_a_report_are_drawn_in_the_official_layout(TextShape shape)
    {
        // Distinct values and blank cells (总计 left empty, as some reports publish it).
        var report = Load("2021", "arith-blank-totals.json");
        Snapshot.Match(ReportTextRenderer.RenderTables(report, shape), name: TextShapes.Name(shape));
    }

    [Fact]
    public void The_whole_report_renders_as_markdown()
    {
        Snapshot.Match(ReportTextRenderer.RenderMarkdown(Load("2021", "valid-seed-quxian-shangwuju-2023.json")), "md");
    }

    [Fact]
    public void The_tab_separated_report_has_the_seed_layout()
    {
        var text = ReportTextRenderer.RenderReport(Load("2021", "valid-seed-quxian-shangwuju-2023.json"), TextShape.TabSeparated);
        var lines = text.Split('\n');

        Assert.Equal("渠县商务局2023 年政府信息公开工作年度报告", lines[0]);
        Assert.Contains("规章\t0\t0\t0", lines);
        Assert.Contains("行政许可\t0", lines);
        Assert.Contains("三、本年度办理结果\t（一）予以公开\t0\t0\t0\t0\t0\t0\t0", lines);
        Assert.Contains("（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0", lines);
        Assert.Contains("2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0", lines);
        Assert.Contains(string.Join("\t", Enumerable.Repeat("0", 15)), lines);
        Assert.Contains("行政复议\t\t\t\t\t行政诉讼", lines);
    }

    [Fact]
    public void Space_aligned_columns_line_up_by_display_width()
    {
        var text = ReportTextRenderer.RenderTable(Load("2021", "valid-shili-natural-resources-2024.json"), LayoutCatalog.Edition2021.GetTable("T3"), TextShape.SpaceAligned);
        var rows = text.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[l.Length - 1])).ToList();

        // The 总计 column ends at the same display column on every row.
        var ends = rows.Select(DisplayWidth).Distinct().ToList();
        Assert.Single(ends);
        Assert.Equal(25, rows.Count);
    }

    // East Asian wide characters (CJK, full-width forms, the curly quotes of 危及“三安全一稳定”) take two columns.
    private static int DisplayWidth(string s) =>
        s.Sum(c => c >= '\u2E80' || c is '“' or '”' ? 2 : 1);

    [Fact]
    public void Both_editions_render_their_own_tables()
    {
        foreach (var edition in new[] { ReportEdition.Edition2021, ReportEdition.Edition2019 })
        {
            LayoutCatalog catalog;
            try
            {
                catalog = LayoutCatalog.For(edition);
            }
            catch (ArgumentOutOfRangeException)
            {
                continue; // an edition without a catalog in this version
            }

            var values = Enumerable.Range(0, catalog.Cells.Count).Select(i => (decimal?)(i + 1)).ToArray();
            var report = catalog.CreateReport(new ReportMetadata { Agency = "示例局", Year = 2020 }, values);
            var text = ReportTextRenderer.RenderTables(report, TextShape.TabSeparated);
            foreach (var row in catalog.Tables.SelectMany(t => t.Rows))
            {
                Assert.Contains(row.Label, text, StringComparison.Ordinal);
            }

            Assert.Contains(string.Join("\t", catalog.GetTable("T4").Cells.Select(c => (c.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_table_of_another_edition_or_a_null_argument_is_refused()
    {
        var report = Load("2021", "valid-seed-quxian-shangwuju-2023.json");
        Assert.Throws<ArgumentNullException>(() => ReportTextRenderer.RenderReport(null!, TextShape.TabSeparated));
        Assert.Throws<ArgumentNullException>(() => ReportTextRenderer.RenderTable(report, null!, TextShape.TabSeparated));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportTextRenderer.RenderTable(report, LayoutCatalog.Edition2021.GetTable("T2"), (TextShape)99));
    }
}
