using System.Text.Json;
using Disclosure.Format.Comparison;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Comparison;

/// <summary>Year-over-year comparison against fixtures with known answers and the corpus pair 110 → 125.</summary>
public sealed class ReportComparisonTests
{
    private static DisclosureReport Load(params string[] path) => DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture(path)));

    [Fact]
    public void Consecutive_years_of_one_edition_compare_every_cell_with_known_answers()
    {
        var previous = Load("compare", "housing-2022.json");
        var current = Load("compare", "housing-2023.json");
        var comparison = ReportComparison.Compare(previous, current);

        Assert.False(comparison.CrossesEditions);
        Assert.Empty(comparison.NotComparable);
        Assert.Empty(comparison.Diagnostics);
        Assert.Equal(LayoutCatalog.Edition2021.Cells.Count, comparison.Cells.Count);

        using var expected = JsonDocument.Parse(File.ReadAllText(Paths.Fixture("compare", "housing-2022-to-2023.expected.json")));
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in expected.RootElement.GetProperty("cells").EnumerateArray())
        {
            var pointer = e.GetProperty("pointer").GetString()!;
            listed.Add(pointer);
            var cell = comparison.FindCell(pointer);
            Assert.NotNull(cell);
            Assert.Equal(Decimal(e, "previous"), cell.Previous);
            Assert.Equal(Decimal(e, "current"), cell.Current);
            Assert.Equal(Enum.Parse<CellChangeStatus>(e.GetProperty("status").GetString()!), cell.Status);
            Assert.Equal(Decimal(e, "difference"), cell.Difference);
            Assert.True(Decimal(e, "relativeChange") == cell.RelativeChange, $"{pointer}: relative change {cell.RelativeChange}");
        }

        foreach (var cell in comparison.Cells)
        {
            if (listed.Contains(cell.Pointer)) continue;
            Assert.True(cell.IsComparable, cell.Pointer);
            Assert.Equal(0m, cell.Difference);
            Assert.Equal(cell.Previous == 0 ? 0m : 0m, cell.RelativeChange);
        }
    }

    [Fact]
    public void Cells_carry_their_labels_and_blanks_are_never_zero()
    {
        var comparison = ReportComparison.Compare(Load("compare", "housing-2022.json"), Load("compare", "housing-2023.json"));
        var cell = comparison.FindCell("/applications/outcomes/withheld/stateSecret/other")!;
        Assert.Equal("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密", cell.RowLabelPathText);
        Assert.Equal("其他", cell.ColumnLabel);
        Assert.Equal("T3", cell.TableKey);
        Assert.Equal(CellChangeStatus.PreviousBlank, cell.Status);
        Assert.False(cell.IsComparable);
        Assert.Null(cell.Difference);
        Assert.Null(cell.RelativeChange);

        var fromZero = comparison.FindCell("/proactiveDisclosure/administrativeCoercion/decisions")!;
        Assert.True(fromZero.IsNewFromZero);
        Assert.Null(fromZero.RelativeChange);
        Assert.Equal(3m, fromZero.Difference);
        Assert.Null(comparison.FindCell("/applications/nothing"));
    }

    [Fact]
    public void A_signed_change_relative_to_a_negative_previous_keeps_the_sign_of_the_difference()
    {
        var previous = (DisclosureReport2019)Load("2019", "valid-shili-housing-2020.json");
        var penalty = previous.ProactiveDisclosure.AdministrativePenalty;
        Assert.Equal(-8, penalty.Change);
        var current = previous with
        {
            Metadata = previous.Metadata with { Year = 2021 },
            ProactiveDisclosure = previous.ProactiveDisclosure with { AdministrativePenalty = penalty with { Change = -4 } },
        };
        var cell = ReportComparison.Compare(previous, current).FindCell("/proactiveDisclosure/administrativePenalty/change")!;
        Assert.Equal(4m, cell.Difference);
        Assert.Equal(0.5m, cell.RelativeChange); // -8 → -4: +4 / |−8|
    }

    [Fact]
    public void Across_the_edition_change_three_and_four_compare_on_the_common_grid()
    {
        var previous = (DisclosureReport2019)Load("2019", "valid-shili-housing-2020.json");
        var current = (DisclosureReport2021)Load("2021", "valid-shili-housing-2021.json");
        var comparison = ReportComparison.Compare(previous, current);

        Assert.True(comparison.CrossesEditions);
        Assert.Equal(176, comparison.Cells.Count);
        Assert.Equal("T2", Assert.Single(comparison.NotComparable).TableKey);
        Assert.Null(comparison.FindCell("/proactiveDisclosure/rules/issued"));

        var other = comparison.FindCell("/applications/outcomes/otherHandling/total")!;
        var o = current.Applications.Outcomes.OtherHandling;
        Assert.Equal(previous.Applications.Outcomes.OtherHandling.Total, (int?)other.Previous);
        Assert.Equal(o.NotCorrectedInTime.Total + o.FeeNotPaid.Total + o.Other.Total, (int?)other.Current);
        Assert.Equal(3, other.CurrentSourcePointers.Count);
        Assert.Equal(["/applications/outcomes/otherHandling/total"], other.PreviousSourcePointers);

        var carried = comparison.FindCell("/applications/carriedOver/total")!;
        Assert.Equal(previous.Applications.CarriedOver.Total, (int?)carried.Previous);
        Assert.Equal(current.Applications.CarriedOver.Total, (int?)carried.Current);
        // Every common-grid pointer finds its own cell.
        foreach (var cell in comparison.Cells) Assert.Same(cell, comparison.FindCell(cell.Pointer));
    }

    [Fact]
    public void A_pair_of_different_agencies_or_years_is_compared_with_warnings()
    {
        var report = Load("compare", "housing-2022.json");
        var other = report with { Metadata = report.Metadata with { Agency = "示例市财政局" } };
        var comparison = ReportComparison.Compare(report, other);
        Assert.Equal([ComparisonCodes.AgencyDiffers, ComparisonCodes.YearNotLater], comparison.Diagnostics.Select(d => d.Code));
        Assert.All(comparison.Cells, c => Assert.Equal(0m, c.IsComparable ? c.Difference : 0m));
    }

    [Fact]
    public void The_corpus_pair_110_to_125_compares_across_the_edition_change()
    {
        var corpus = Paths.Shared is { } shared ? Path.Combine(shared, "corpus") : null;
        Assert.SkipWhen(corpus is null || !File.Exists(Path.Combine(corpus, "110-2020-pingtan-shehui-shiyeju.txt")), "The shared corpus is not beside this clone.");
        DisclosureReport Import(string file) =>
            ReportTextImporter.Import(File.ReadAllText(Path.Combine(corpus!, file)), new ImportOptions { SourceName = file }).Report!;
        var previous = Import("110-2020-pingtan-shehui-shiyeju.txt");
        var current = Import("125-2021-pingtan-shehui-shiyeju.txt");
        Assert.Equal(ReportEdition.Edition2019, previous.Edition);
        Assert.Equal(ReportEdition.Edition2021, current.Edition);

        var comparison = ReportComparison.Compare(previous, current);
        Assert.True(comparison.CrossesEditions);
        Assert.Empty(comparison.Diagnostics); // same agency, 2020 → 2021
        Assert.Equal(176, comparison.Cells.Count);
        // INDEX: both applications tables are all 0, and so are both review tables: every cell is comparable, unchanged.
        Assert.All(comparison.Cells, c =>
        {
            Assert.Equal(CellChangeStatus.Comparable, c.Status);
            Assert.Equal(0m, c.Previous);
            Assert.Equal(0m, c.Current);
            Assert.Equal(0m, c.RelativeChange);
        });
        Assert.Equal("二、主动公开政府信息情况", Assert.Single(comparison.NotComparable).Label);
    }

    [Fact]
    public void Across_editions_the_figures_are_exactly_those_of_edition_comparison_blanks_included()
    {
        var previous = (DisclosureReport2019)Load("2019", "valid-shili-housing-2020.json");
        var current = (DisclosureReport2021)Load("2021", "valid-shili-housing-2021.json");
        var o = current.Applications.Outcomes;
        // A blank sub-row of 2021's （六） makes the comparable （六） blank.
        current = current with
        {
            Applications = current.Applications with
            {
                Outcomes = o with { OtherHandling = o.OtherHandling with { FeeNotPaid = o.OtherHandling.FeeNotPaid with { Total = null } } },
            },
        };
        foreach (var (a, b) in new (DisclosureReport, DisclosureReport)[] { (previous, current), (current, previous) })
        {
            var comparison = ReportComparison.Compare(a, b);
            var reference = EditionComparison.Compare(a, b);
            Assert.Equal(reference.Cells.Count, comparison.Cells.Count);
            for (var i = 0; i < comparison.Cells.Count; i++)
            {
                var mine = comparison.Cells[i];
                var theirs = reference.Cells[i];
                Assert.Equal(theirs.Pointer, mine.Pointer);
                Assert.Equal(theirs.FirstValue, mine.Previous);
                Assert.Equal(theirs.SecondValue, mine.Current);
                Assert.Equal(theirs.Difference, mine.Difference);
                Assert.Equal(theirs.First.SourcePointers, mine.PreviousSourcePointers);
                Assert.Equal(theirs.Second.SourcePointers, mine.CurrentSourcePointers);
                Assert.Equal(theirs.RowLabelPathText, mine.RowLabelPathText);
                Assert.Equal(theirs.ColumnLabel, mine.ColumnLabel);
                Assert.Equal(theirs.First.TableKey, mine.TableKey);
            }
        }

        var other = ReportComparison.Compare(previous, current).FindCell("/applications/outcomes/otherHandling/total")!;
        Assert.Equal(CellChangeStatus.CurrentBlank, other.Status);
        Assert.Null(other.Difference);
    }

    private static decimal? Decimal(JsonElement e, string name) =>
        e.GetProperty(name) is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : null;
}
