using System.Text.Json;
using Disclosure.Format.Aggregation;
using Disclosure.Format.Comparison;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Tests.Aggregation;

/// <summary>Roll-ups and hierarchy checks against fixtures with known answers (tests/fixtures/rollup).</summary>
public sealed class RollUpTests
{
    private static readonly JsonElement Expected =
        JsonDocument.Parse(File.ReadAllText(Paths.Fixture("rollup", "county-2023.expected.json"))).RootElement.Clone();

    private static DisclosureReport Load(params string[] path) => DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture(path)));

    private static DisclosureReport[] Children() =>
        [.. Expected.GetProperty("children").EnumerateArray().Select(c => Load("rollup", c.GetString()!))];

    [Fact]
    public void Three_departments_sum_to_the_known_county_figures()
    {
        var rollUp = ReportRollUp.Sum(Children(), new RollUpOptions { Agency = "示例县人民政府" });

        Assert.NotNull(rollUp.Report);
        Assert.Equal(ReportEdition.Edition2021, rollUp.Report.Edition);
        Assert.Equal("示例县人民政府", rollUp.Report.Metadata.Agency);
        Assert.Equal(2023, rollUp.Report.Metadata.Year);
        Assert.Equal(["示例县财政局", "示例县公安局", "示例县教育局"], rollUp.PartNames);
        Assert.True(rollUp.Succeeded);

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Expected.GetProperty("rollUp").EnumerateArray())
        {
            var pointer = e.GetProperty("pointer").GetString()!;
            listed.Add(pointer);
            var cell = rollUp.FindCell(pointer)!;
            Assert.Equal(e.GetProperty("value").ValueKind == JsonValueKind.Null ? null : e.GetProperty("value").GetDecimal(), cell.Value);
            Assert.Equal(cell.Value, cell.Cell.GetValue(rollUp.Report)); // the summed report holds the sum
            if (e.TryGetProperty("treatment", out var t)) Assert.Equal(Enum.Parse<RollUpTreatment>(t.GetString()!), cell.Treatment);
            var blanks = e.TryGetProperty("blankParts", out var b) ? b.EnumerateArray().Select(x => x.GetInt32()).ToArray() : [];
            Assert.Equal(blanks, cell.BlankParts);
            Assert.Equal(Enumerable.Range(0, 3).Except(blanks), cell.Contributors);
            Assert.False(cell.BlanksTreatedAsZero);
        }

        foreach (var cell in rollUp.Cells.Where(c => !listed.Contains(c.Pointer)))
        {
            Assert.Equal(0m, cell.Value);
            Assert.Equal([0, 1, 2], cell.Contributors);
        }

        // The blank part is reported, naming the part's cell.
        var info = Assert.Single(rollUp.Diagnostics);
        Assert.Equal(ComparisonCodes.RollUpBlankPart, info.Code);
        Assert.Equal(["parts/1#/proactiveDisclosure/administrativeCoercion/decisions"], info.RelatedPointers);

        // The roll-up of consistent reports is itself consistent: only the blank cell is reported by the validator.
        var validation = DisclosureValidator.Validate(rollUp.Report);
        Assert.DoesNotContain(validation.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
    }

    [Fact]
    public void Blanks_count_as_zero_only_when_asked_and_the_cell_says_so()
    {
        var rollUp = ReportRollUp.Sum(Children(), new RollUpOptions { Agency = "示例县人民政府", TreatBlanksAsZero = true });
        var coercion = rollUp.FindCell("/proactiveDisclosure/administrativeCoercion/decisions")!;
        Assert.Equal(2m, coercion.Value);
        Assert.True(coercion.BlanksTreatedAsZero);
        Assert.Equal([1], coercion.BlankParts);
        Assert.Equal([0, 2], coercion.Contributors);
        Assert.True(rollUp.TreatBlanksAsZero);
        Assert.Empty(rollUp.Diagnostics);
        Assert.Equal(1, rollUp.Cells.Count(c => c.BlanksTreatedAsZero));
    }

    [Fact]
    public void The_2019_signed_change_and_the_procurement_amount_in_yuan_sum_exactly()
    {
        var a = (DisclosureReport2019)Load("2019", "valid-shili-housing-2020.json");
        var p = a.ProactiveDisclosure;
        Assert.Equal(-8, p.AdministrativePenalty.Change);
        var b = a with
        {
            Metadata = a.Metadata with { Agency = "示例市城市管理局" },
            ProactiveDisclosure = p with
            {
                AdministrativePenalty = p.AdministrativePenalty with { Change = 3 },
                CentralizedProcurement = p.CentralizedProcurement with { TotalAmount = 1500.5m, TotalAmountText = "1500.5元" },
            },
        };
        var rollUp = ReportRollUp.Sum([a, b], new RollUpOptions { Agency = "示例市人民政府" });
        var sum = (DisclosureReport2019)rollUp.Report!;
        Assert.Equal(-5, sum.ProactiveDisclosure.AdministrativePenalty.Change);
        Assert.Equal(RollUpTreatment.SignedSum, rollUp.FindCell("/proactiveDisclosure/administrativePenalty/change")!.Treatment);
        Assert.Equal(p.CentralizedProcurement.TotalAmount + 1500.5m, sum.ProactiveDisclosure.CentralizedProcurement.TotalAmount);
        Assert.Null(sum.ProactiveDisclosure.CentralizedProcurement.TotalAmountText);
        Assert.Equal(RollUpTreatment.AmountSum, rollUp.FindCell("/proactiveDisclosure/centralizedProcurement/totalAmount")!.Treatment);
        Assert.Equal(RollUpTreatment.StockSum, rollUp.FindCell("/proactiveDisclosure/administrativePenalty/previousYearItems")!.Treatment);
        Assert.Equal(RollUpTreatment.StockSum, rollUp.FindCell("/proactiveDisclosure/rules/totalPublished")!.Treatment);
        Assert.Equal(2 * p.AdministrativePenalty.PreviousYearItems, sum.ProactiveDisclosure.AdministrativePenalty.PreviousYearItems);
    }

    [Fact]
    public void Mixed_years_and_editions_and_no_parts_are_errors_with_codes()
    {
        var children = Children();
        var later = children[2] with { Metadata = children[2].Metadata with { Year = 2024 } };
        var mixedYears = ReportRollUp.Sum([children[0], children[1], later], new RollUpOptions { Agency = "县" });
        Assert.Null(mixedYears.Report);
        Assert.False(mixedYears.Succeeded);
        var d = Assert.Single(mixedYears.Diagnostics);
        Assert.Equal(ComparisonCodes.RollUpMixedYears, d.Code);
        Assert.Equal("parts/2#/metadata/year", d.Pointer);
        Assert.Equal(2024m, d.Actual);

        var old = Load("2019", "valid-shili-housing-2020.json");
        var mixedEditions = ReportRollUp.Sum([children[0], old with { Metadata = old.Metadata with { Year = 2023 } }], new RollUpOptions { Agency = "县" });
        Assert.Equal(ComparisonCodes.RollUpMixedEditions, Assert.Single(mixedEditions.Diagnostics).Code);
        Assert.Empty(mixedEditions.Cells);

        Assert.Equal(ComparisonCodes.RollUpEmpty, Assert.Single(ReportRollUp.Sum([], new RollUpOptions { Agency = "县" }).Diagnostics).Code);
        Assert.Throws<ArgumentException>(() => ReportRollUp.Sum(children, new RollUpOptions { Agency = "县", PartNames = ["a"] }));
    }

    [Fact]
    public void A_sum_beyond_the_largest_count_is_blank_with_an_error()
    {
        var child = Children()[0];
        var catalog = LayoutCatalog.Edition2021;
        var values = catalog.ReadCells(child);
        values[catalog.FindCell("/proactiveDisclosure/administrativeLicensing/decisions")!.Index] = int.MaxValue;
        var big = catalog.CreateReport(child.Metadata, values);
        var rollUp = ReportRollUp.Sum([big, big], new RollUpOptions { Agency = "县" });
        var cell = rollUp.FindCell("/proactiveDisclosure/administrativeLicensing/decisions")!;
        Assert.Null(cell.Value);
        Assert.True(cell.IsOutOfRange);
        var error = Assert.Single(rollUp.Diagnostics);
        Assert.Equal(ComparisonCodes.RollUpSumOutOfRange, error.Code);
        Assert.Equal(2m * int.MaxValue, error.Actual);
        Assert.False(rollUp.Succeeded);
        Assert.NotNull(rollUp.Report);
    }

    [Fact]
    public void The_county_report_is_checked_against_its_departments_with_the_missing_one_named()
    {
        var parent = Load("rollup", Expected.GetProperty("parent").GetString()!);
        var hierarchy = Expected.GetProperty("hierarchy");
        var check = HierarchyCheck.Check(parent, Children(), new HierarchyOptions
        {
            ExpectedChildren = [.. Expected.GetProperty("expectedChildren").EnumerateArray().Select(e => e.GetString()!)],
        });

        Assert.Equal(hierarchy.GetProperty("missingChildren").EnumerateArray().Select(e => e.GetString()), check.MissingChildren);
        Assert.Empty(check.UnexpectedChildren);
        var expected = hierarchy.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(expected.Select(e => (e.GetProperty("code").GetString(), e.GetProperty("pointer").GetString())),
            check.Diagnostics.Select(d => ((string?)d.Code, (string?)d.Pointer)));
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i].TryGetProperty("expected", out var x)) Assert.Equal(x.GetDecimal(), check.Diagnostics[i].Expected);
            if (expected[i].TryGetProperty("actual", out var y)) Assert.Equal(y.GetDecimal(), check.Diagnostics[i].Actual);
            if (expected[i].TryGetProperty("related", out var r)) Assert.Equal(r.EnumerateArray().Select(e => e.GetString()), check.Diagnostics[i].RelatedPointers);
        }

        Assert.Equal(2, check.MismatchCount);
        Assert.False(check.Agrees);
        // The published totals are kept as published.
        var total = check.Cells.Single(c => c.Pointer == "/applications/newlyReceived/total");
        Assert.Equal(11m, total.Published);
        Assert.Equal(10m, total.Sum.Value);
        Assert.Equal(1m, total.Difference);
        Assert.Equal(11, ((DisclosureReport2021)check.Parent).Applications.NewlyReceived.Total);
        var mismatch = check.Diagnostics.First(d => d.Code == ComparisonCodes.HierarchyMismatch);
        Assert.Equal(["parts/0#/applications/newlyReceived/naturalPerson", "parts/1#/applications/newlyReceived/naturalPerson", "parts/2#/applications/newlyReceived/naturalPerson"], mismatch.RelatedPointers);
    }

    [Fact]
    public void Children_of_a_parent_that_agrees_give_no_warning_and_unexpected_children_are_named()
    {
        var children = Children();
        var sum = ReportRollUp.Sum(children, new RollUpOptions { Agency = "示例县人民政府", TreatBlanksAsZero = true }).Report!;
        var check = HierarchyCheck.Check(sum, children, new HierarchyOptions { ExpectedChildren = ["示例县财政局", "（示例县）公安局"], TreatBlanksAsZero = true });
        Assert.Equal(0, check.MismatchCount);
        Assert.Equal([1, 2], check.UnexpectedChildren); // "（示例县）公安局" is no suffix of 示例县公安局
        Assert.Equal(["（示例县）公安局"], check.MissingChildren);

        var wrongYear = sum with { Metadata = sum.Metadata with { Year = 2022 } };
        var mismatch = HierarchyCheck.Check(wrongYear, children);
        Assert.Contains(mismatch.Diagnostics, d => d.Code == ComparisonCodes.HierarchyParentMismatch);
        Assert.Empty(mismatch.Cells);
        Assert.True(HierarchyCheck.Check(sum, children, new HierarchyOptions { TreatBlanksAsZero = true }).Agrees);
    }
}
