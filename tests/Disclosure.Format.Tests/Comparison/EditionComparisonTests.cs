using Disclosure.Format.Comparison;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Comparison;

/// <summary>Comparing a 2019-edition report with a 2021-edition one: what is comparable, how, and what is not.</summary>
public sealed class EditionComparisonTests
{
    private static readonly string[] Columns =
        ["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceProvider", "other", "total"];

    private static DisclosureReport Load(string edition, string name) =>
        DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture(edition, name)));

    [Fact]
    public void The_grid_is_three_and_four_with_one_other_handling_row()
    {
        var figures = EditionComparison.GetComparableFigures(Load("2019", "valid-shili-housing-2020.json"));
        Assert.Equal(ReportEdition.Edition2019, figures.Edition);
        Assert.Equal(26, figures.Rows.Count);
        Assert.Equal(176, figures.Cells.Count);
        Assert.Equal(23, figures.Rows.Count(r => r.TableKey == "T3"));
        Assert.Equal(3, figures.Rows.Count(r => r.TableKey == "T4"));
        Assert.DoesNotContain(figures.Cells, c => c.Pointer.StartsWith("/proactiveDisclosure", StringComparison.Ordinal));
        Assert.Equal("三、本年度办理结果 / （六）其他处理", figures.Rows.Single(r => r.Key == "outcomes.otherHandling").LabelPathText);
    }

    [Fact]
    public void A_2019_report_gives_its_own_cells_unchanged()
    {
        var report = (DisclosureReport2019)Load("2019", "valid-shili-housing-2020.json");
        var figures = EditionComparison.GetComparableFigures(report);
        var catalog = LayoutCatalog.Edition2019;
        foreach (var cell in figures.Cells)
        {
            var source = Assert.Single(cell.SourcePointers);
            Assert.Equal(cell.Pointer, source);
            Assert.Equal(catalog.FindCell(source)!.GetValue(report), cell.Value);
            Assert.False(cell.IsDerived);
        }

        Assert.Equal(report.Applications.Outcomes.OtherHandling.Total, figures.GetValue("/applications/outcomes/otherHandling/total"));
    }

    [Fact]
    public void A_2021_report_sums_the_three_other_handling_rows()
    {
        var report = (DisclosureReport2021)Load("2021", "valid-shili-housing-2021.json");
        var figures = EditionComparison.GetComparableFigures(report);
        var other = report.Applications.Outcomes.OtherHandling;
        var row = figures.Rows.Single(r => r.Key == "outcomes.otherHandling");
        Assert.True(row.IsDerived);
        Assert.Equal(
            ["/applications/outcomes/otherHandling/notCorrectedInTime", "/applications/outcomes/otherHandling/feeNotPaid", "/applications/outcomes/otherHandling/other"],
            row.SourceRowPointers);
        Assert.Equal(other.NotCorrectedInTime.NaturalPerson + other.FeeNotPaid.NaturalPerson + other.Other.NaturalPerson,
            (int?)figures.GetValue("/applications/outcomes/otherHandling/naturalPerson"));
        Assert.Equal(6, figures.GetValue("/applications/outcomes/otherHandling/total")); // 3 + 1 + 2 in the fixture
        Assert.Equal(3, figures.FindCell("/applications/outcomes/otherHandling/total")!.SourcePointers.Count);

        // Every other comparable cell is the 2021 cell at the same pointer.
        foreach (var cell in figures.Cells.Where(c => !c.Pointer.StartsWith("/applications/outcomes/otherHandling/", StringComparison.Ordinal)))
        {
            Assert.Equal([cell.Pointer], cell.SourcePointers);
            Assert.Equal(LayoutCatalog.Edition2021.FindCell(cell.Pointer)!.GetValue(report), cell.Value);
        }
    }

    [Fact]
    public void A_blank_part_makes_the_sum_blank_and_says_which()
    {
        var report = (DisclosureReport2021)Load("2021", "valid-shili-housing-2021.json");
        var outcomes = report.Applications.Outcomes;
        var blanked = report with
        {
            Applications = report.Applications with
            {
                Outcomes = outcomes with
                {
                    OtherHandling = outcomes.OtherHandling with
                    {
                        FeeNotPaid = outcomes.OtherHandling.FeeNotPaid with { NaturalPerson = null },
                    },
                },
            },
        };
        var figures = EditionComparison.GetComparableFigures(blanked);
        var cell = figures.FindCell("/applications/outcomes/otherHandling/naturalPerson")!;
        Assert.Null(cell.Value);
        Assert.Equal(["/applications/outcomes/otherHandling/feeNotPaid/naturalPerson"], cell.BlankSources);
        Assert.Equal(6, figures.GetValue("/applications/outcomes/otherHandling/total"));
        Assert.Empty(figures.FindCell("/applications/outcomes/otherHandling/total")!.BlankSources);
    }

    [Fact]
    public void The_article_20_table_is_reported_as_not_comparable()
    {
        foreach (var report in new[] { Load("2019", "valid-shili-housing-2020.json"), Load("2021", "valid-shili-housing-2021.json") })
        {
            var figures = EditionComparison.GetComparableFigures(report);
            var part = Assert.Single(figures.NotComparable);
            Assert.Equal("T2", part.TableKey);
            Assert.Equal("二、主动公开政府信息情况", part.Label);
            Assert.Equal("/proactiveDisclosure", part.Pointer);
            Assert.Contains("本年新制作数量", part.Reason, StringComparison.Ordinal);
            Assert.Contains("政府集中采购", part.ReasonZh, StringComparison.Ordinal);
            Assert.Throws<KeyNotFoundException>(() => figures.GetValue("/proactiveDisclosure/normativeDocuments/newlyMade"));
            Assert.Null(figures.FindCell("/proactiveDisclosure/administrativeLicensing/decisions"));
        }
    }

    [Fact]
    public void Every_cell_of_three_and_four_is_used_exactly_once_in_either_edition()
    {
        // No silent loss and no double counting: the source cells of the comparable grid partition T3 and T4.
        foreach (var (edition, file) in new[] { ("2019", "valid-shili-housing-2020.json"), ("2021", "valid-shili-housing-2021.json") })
        {
            var report = Load(edition, file);
            var catalog = LayoutCatalog.For(report.Edition);
            var sources = EditionComparison.GetComparableFigures(report).Cells.SelectMany(c => c.SourcePointers).ToList();
            var expected = catalog.Tables.Where(t => t.Key is "T3" or "T4").SelectMany(t => t.Cells).Select(c => c.Pointer).ToList();
            Assert.Equal(expected.Order(StringComparer.Ordinal), sources.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Carry_over_holds_across_the_edition_change_for_the_housing_pair()
    {
        var report2020 = Load("2019", "valid-shili-housing-2020.json");
        var report2021 = Load("2021", "valid-shili-housing-2021.json");
        Assert.Equal(report2020.Metadata.Agency, report2021.Metadata.Agency);
        Assert.Equal(report2020.Metadata.Year + 1, report2021.Metadata.Year);

        var comparison = EditionComparison.Compare(report2020, report2021);
        Assert.True(comparison.CrossesEditions);
        Assert.Equal(ReportEdition.Edition2019, comparison.First.Edition);
        Assert.Equal(ReportEdition.Edition2021, comparison.Second.Edition);
        Assert.Single(comparison.NotComparable);
        foreach (var column in Columns)
        {
            var forward = comparison.First.GetValue("/applications/carriedForward/" + column);
            var over = comparison.Second.GetValue("/applications/carriedOver/" + column);
            Assert.Equal(forward, over);
        }

        Assert.Equal(8, comparison.Second.GetValue("/applications/carriedOver/total"));

        var changed = comparison.Cells.Single(c => c.Pointer == "/applications/newlyReceived/total");
        Assert.Equal(71, changed.FirstValue);
        Assert.Equal(76, changed.SecondValue);
        Assert.Equal(5, changed.Difference);
        Assert.Equal("一、本年新收政府信息公开申请数量", changed.RowLabelPathText);
        Assert.Equal("总计", changed.ColumnLabel);
    }

    [Fact]
    public void Comparing_a_report_with_itself_shows_no_difference()
    {
        var report = Load("2019", "arith-blank-cells.json");
        var comparison = EditionComparison.Compare(report, report);
        Assert.False(comparison.CrossesEditions);
        Assert.All(comparison.Cells, c => Assert.True(c.Difference is null or 0));
        Assert.Contains(comparison.Cells, c => c.Difference is null); // the blank total of （一）予以公开
        Assert.Null(comparison.First.GetValue("/applications/outcomes/disclosed/total"));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => EditionComparison.GetComparableFigures(null!));
        Assert.Throws<ArgumentNullException>(() => EditionComparison.Compare(null!, Load("2019", "valid-shili-housing-2020.json")));
        Assert.Throws<ArgumentNullException>(() => EditionComparison.Compare(Load("2019", "valid-shili-housing-2020.json"), null!));
    }
}
