using System.Text.Json;
using CsCheck;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;
using Disclosure.Format.Validation;
using static Disclosure.Format.Tests.Validation.ReportGenerator2019;

namespace Disclosure.Format.Tests.Validation;

/// <summary>The rule set of the 2019 trial edition, its catalog, and the cross-year checks across the edition change.</summary>
public sealed class Validation2019Tests
{
    private const int Iterations = 400;

    private static DisclosureReport Load(string edition, string name) =>
        DisclosureJson.Deserialize(File.ReadAllBytes(Paths.Fixture(edition, name)));

    private static IEnumerable<(string Code, DiagnosticSeverity Severity, string Pointer, string Related, decimal? Expected, decimal? Actual)> Summary(ValidationResult result) =>
        result.Diagnostics.Select(d => (d.Code, d.Severity, d.Pointer, string.Join(" ", d.RelatedPointers), d.Expected, d.Actual));

    [Fact]
    public void The_2019_set_has_one_rule_per_code_in_its_range()
    {
        var set = RuleSet.Edition2019;
        Assert.Same(set, RuleSet.For(ReportEdition.Edition2019));
        Assert.Equal(ReportEdition.Edition2019, set.Edition);
        Assert.Equal(RuleCodes2019.NotAssessable, set.NotAssessableCode);
        var codes = set.Rules.Select(r => r.Code).ToList();
        Assert.Equal(codes.Distinct(), codes);
        Assert.All(codes, c => Assert.InRange(int.Parse(c.AsSpan(2), provider: null), 2001, 2999));
        var constants = typeof(RuleCodes2019).GetFields().Select(f => (string)f.GetValue(null)!).Order();
        Assert.Equal(constants, codes.Append(RuleCodes2019.NotAssessable).Append(RuleCodes2019.NarrativeMismatch).Order());
        foreach (var rule in set.Rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Title), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.TitleZh), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.Description), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.DescriptionZh), rule.Code);
            if (rule is SumRule) Assert.False(string.IsNullOrWhiteSpace(rule.Formula), rule.Code);
        }

        // Codes keep the last three digits of their 2021 counterparts.
        var by2021 = RuleSet.Edition2021.Rules.ToDictionary(r => r.Code.Substring(3), r => r.Title);
        foreach (var rule in set.Rules.Where(r => by2021.ContainsKey(r.Code.Substring(3)) && r.Code is not "DF2006" and not "DF2008" and not "DF2013"))
        {
            Assert.Equal(by2021[rule.Code.Substring(3)], rule.Title);
        }

        Assert.Equal(RuleCodes2019.NotAssessable, RuleSet.Empty(ReportEdition.Edition2019).NotAssessableCode);
    }

    [Fact]
    public void Reports_are_validated_with_the_rules_of_their_own_edition()
    {
        var report = Load("2019", "arith-column-balance.json");
        var result = DisclosureValidator.Validate(report);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("DF2", d.Code, StringComparison.Ordinal));
        Assert.Equal(result.Diagnostics, DisclosureValidator.Validate(report, RuleSet.Edition2019).Diagnostics);
        Assert.Throws<ArgumentException>(() => DisclosureValidator.Validate(report, RuleSet.Edition2021));
        Assert.Throws<ArgumentException>(() => DisclosureValidator.Validate(Load("2021", "valid-shili-housing-2021.json"), RuleSet.Edition2019));
    }

    [Fact]
    public void The_outcome_total_sums_the_single_other_handling_row()
    {
        var rule = (SumRule)RuleSet.Edition2019.Find(RuleCodes2019.ApplicationsOutcomeTotal)!;
        Assert.Equal(7, rule.Checks.Count);
        Assert.All(rule.Checks, c => Assert.Equal(19, c.Add.Count));
        Assert.Contains("/applications/outcomes/otherHandling/naturalPerson", rule.Checks[0].Add);
        Assert.EndsWith("（五）不予处理各项 + （六）其他处理", rule.Formula, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_rule_family_of_the_2019_set_has_an_arithmetic_fixture()
    {
        string[] inCodeOnly = [RuleCodes2019.InvalidCount, RuleCodes2019.NegativeAmount, RuleCodes2019.MissingPart];
        var reported = Fixtures.Documents("arith-").Where(f => f.StartsWith("2019", StringComparison.Ordinal))
            .SelectMany(f => DisclosureValidator.Validate(Load("2019", Path.GetFileName(f))).Diagnostics)
            .Select(d => d.Code)
            .ToHashSet();
        var missing = RuleSet.Edition2019.Rules.Select(r => r.Code).Append(RuleCodes2019.NotAssessable)
            .Except(inCodeOnly)
            .Where(code => !reported.Contains(code))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Values_the_reader_rejects_and_null_parts_are_reported_for_reports_built_in_code()
    {
        var report = (DisclosureReport2019)Load("2019", "valid-shili-housing-2020.json");
        var p = report.ProactiveDisclosure;
        var broken = report with
        {
            ProactiveDisclosure = p with
            {
                Rules = p.Rules with { NewlyMade = -1 },
                CentralizedProcurement = p.CentralizedProcurement with { TotalAmount = -0.5m },
            },
            Applications = report.Applications with { Outcomes = report.Applications.Outcomes with { OtherHandling = null! } },
        };
        var result = DisclosureValidator.Validate(broken);
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCodes2019.InvalidCount && d.Pointer == "/proactiveDisclosure/rules/newlyMade");
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCodes2019.NegativeAmount && d.Pointer == "/proactiveDisclosure/centralizedProcurement/totalAmount");
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCodes2019.MissingPart && d.Pointer == "/applications/outcomes/otherHandling");

        // A negative 本年增/减 is a valid value, not a count error.
        Assert.DoesNotContain(result.Diagnostics, d => d.Pointer.EndsWith("/change", StringComparison.Ordinal));
    }

    [Fact]
    public void The_committed_2019_catalog_lists_every_rule_with_its_cells()
    {
        using var doc = JsonDocument.Parse(RuleCatalog.GetJson(ReportEdition.Edition2019));
        var root = doc.RootElement;
        Assert.Equal("rules-2019.json", RuleCatalog.FileName(ReportEdition.Edition2019));
        Assert.Equal("2019", root.GetProperty("edition").GetString());
        Assert.Equal("国办公开办函〔2019〕60号", root.GetProperty("documentNumber").GetString());
        Assert.Equal(RuleCodes2019.NotAssessable, root.GetProperty("notAssessableCode").GetString());
        var rules = root.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
        Assert.Equal(RuleSet.Edition2019.Rules.Select(r => r.Code), rules.Keys);
        Assert.Equal(7, rules[RuleCodes2019.ApplicationsColumnBalance].GetProperty("checks").GetArrayLength());
        Assert.Equal(23, rules[RuleCodes2019.ApplicationsRowTotal].GetProperty("checks").GetArrayLength());
        Assert.Equal(19, rules[RuleCodes2019.ApplicationsOutcomeTotal].GetProperty("checks")[0].GetProperty("add").GetArrayLength());
        Assert.Equal(5, rules[RuleCodes2019.ItemCountNegative].GetProperty("checks").GetArrayLength());
        Assert.Equal("第二十条第（五）项 / 行政许可：本年增/减 ≥ −上一年项目数量", rules[RuleCodes2019.ItemCountNegative].GetProperty("checks")[0].GetProperty("formula").GetString());
        Assert.Equal(2, rules[RuleCodes2019.PublishedTotalBelowNewlyPublished].GetProperty("checks").GetArrayLength());
        Assert.Equal("第二十条第（一）项 / 规范性文件：对外公开总数量 ≥ 本年新公开数量", rules[RuleCodes2019.PublishedTotalBelowNewlyPublished].GetProperty("checks")[1].GetProperty("formula").GetString());
        Assert.Equal(198, rules[RuleCodes2019.BlankCell].GetProperty("cells").GetArrayLength());
        var year = rules[RuleCodes2019.YearOutsideEdition];
        Assert.Equal((2019, 2020), (year.GetProperty("minimum").GetInt32(), year.GetProperty("maximum").GetInt32()));

        var catalog = LayoutCatalog.Edition2019;
        foreach (var rule in rules.Values.Where(r => r.GetProperty("kind").GetString() == "sum"))
        {
            foreach (var check in rule.GetProperty("checks").EnumerateArray())
            {
                var pointers = new[] { check.GetProperty("target").GetString()! }
                    .Concat(check.GetProperty("add").EnumerateArray().Select(p => p.GetString()!))
                    .Concat(check.GetProperty("subtract").EnumerateArray().Select(p => p.GetString()!));
                Assert.All(pointers, pointer => Assert.True(catalog.FindCell(pointer) is not null || pointer.StartsWith("/otherMatters/processingFees/", StringComparison.Ordinal), pointer));
            }
        }
    }

    [Fact]
    public void The_readme_lists_every_2019_rule_code()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "README.md"));
        foreach (var code in typeof(RuleCodes2019).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            Assert.Contains($"| {code} |", readme, StringComparison.Ordinal);
        }
    }

    // ---- cross-year, across the edition change ----

    [Fact]
    public void The_housing_reports_are_consistent_from_2019_through_the_edition_change_to_2021()
    {
        var r2019 = Load("2019", "valid-shili-housing-2019.json");
        var r2020 = Load("2019", "valid-shili-housing-2020.json");
        var r2021 = Load("2021", "valid-shili-housing-2021.json");
        Assert.Empty(DisclosureValidator.ValidateCrossYear(r2020, r2019).Diagnostics);
        Assert.Empty(DisclosureValidator.ValidateCrossYear(r2021, r2020).Diagnostics);
        Assert.Empty(DisclosureValidator.ValidateCrossYear(Load("2021", "valid-shili-township-2021.json"), Load("2019", "valid-shili-township-2020.json")).Diagnostics);
    }

    [Fact]
    public void A_carry_over_that_does_not_match_across_the_edition_change_is_located_in_both_reports()
    {
        var previous = Load("2019", "valid-shili-housing-2020.json");
        var report = (DisclosureReport2021)Load("2021", "valid-shili-housing-2021.json");
        var a = report.Applications;
        var current = report with { Applications = a with { CarriedOver = a.CarriedOver with { CommercialEnterprise = 1, Total = 7 } } };
        var result = DisclosureValidator.ValidateCrossYear(current, previous);
        Assert.Equal(
            [
                (RuleCodes.CarryOverMismatch, DiagnosticSeverity.Warning, "/applications/carriedOver/commercialEnterprise", "previous#/applications/carriedForward/commercialEnterprise", 2m, 1m),
                (RuleCodes.CarryOverMismatch, DiagnosticSeverity.Warning, "/applications/carriedOver/total", "previous#/applications/carriedForward/total", 8m, 7m),
            ],
            Summary(result));
        Assert.Equal("商业企业：二、上年结转政府信息公开申请数量 = 〔上年〕四、结转下年度继续办理", result.Diagnostics[0].Formula);

        // The same mismatch the other way round (a 2019-edition report after a 2021 one, as printed on old tables).
        var old = (DisclosureReport2019)Load("2019", "valid-shili-housing-2020.json");
        var late = old with { Metadata = old.Metadata with { Year = 2022 }, Applications = old.Applications with { CarriedOver = old.Applications.CarriedOver with { NaturalPerson = 0, Total = 0 } } };
        var reverse = DisclosureValidator.ValidateCrossYear(late, report);
        Assert.Equal(
            [
                (RuleCodes.CarryOverMismatch, "/applications/carriedOver/naturalPerson", 3m, 0m),
                (RuleCodes.CarryOverMismatch, "/applications/carriedOver/commercialEnterprise", 1m, 0m),
                (RuleCodes.CarryOverMismatch, "/applications/carriedOver/legalServiceProvider", 0m, 1m),
                (RuleCodes.CarryOverMismatch, "/applications/carriedOver/total", 4m, 0m),
            ],
            reverse.Diagnostics.Select(d => (d.Code, d.Pointer, d.Expected!.Value, d.Actual!.Value)));
    }

    [Fact]
    public void Checks_whose_cells_an_edition_lacks_are_skipped_for_mixed_pairs()
    {
        var previous = (DisclosureReport2019)Load("2019", "valid-shili-housing-2020.json");
        var current = (DisclosureReport2021)Load("2021", "valid-shili-housing-2021.json");

        // Wild T2 values on both sides: no stock roll-forward (2021 only) and no item roll-forward (2019 only) applies.
        var p = previous.ProactiveDisclosure;
        var wildPrevious = previous with { ProactiveDisclosure = p with { AdministrativeLicensing = p.AdministrativeLicensing with { PreviousYearItems = 9999 } } };
        var q = current.ProactiveDisclosure;
        var wildCurrent = current with { ProactiveDisclosure = q with { NormativeDocuments = q.NormativeDocuments with { InForce = 9999 } } };
        Assert.Empty(DisclosureValidator.ValidateCrossYear(wildCurrent, wildPrevious).Diagnostics);
    }

    [Fact]
    public void Item_counts_roll_forward_between_two_reports_on_the_trial_tables()
    {
        var previous = Load("2019", "valid-shili-housing-2019.json");
        var report = (DisclosureReport2019)Load("2019", "valid-shili-housing-2020.json");
        var p = report.ProactiveDisclosure;
        var current = report with
        {
            ProactiveDisclosure = p with
            {
                AdministrativePenalty = p.AdministrativePenalty with { PreviousYearItems = 126 },
                AdministrativeFees = p.AdministrativeFees with { PreviousYearItems = null },
            },
        };
        var result = DisclosureValidator.ValidateCrossYear(current, previous);
        Assert.Equal(
            [
                (RuleCodes.ItemCountRollForward, DiagnosticSeverity.Warning, "/proactiveDisclosure/administrativePenalty/previousYearItems",
                    "previous#/proactiveDisclosure/administrativePenalty/previousYearItems previous#/proactiveDisclosure/administrativePenalty/change", 125m, 126m),
                (RuleCodes.CrossYearNotAssessable, DiagnosticSeverity.Info, "/proactiveDisclosure/administrativeFees/previousYearItems",
                    "/proactiveDisclosure/administrativeFees/previousYearItems", null, null),
            ],
            Summary(result));
        Assert.Equal("第二十条第（六）项 / 行政处罚：上一年项目数量 = 〔上年〕上一年项目数量 + 〔上年〕本年增/减", result.Diagnostics[0].Formula);
    }

    [Fact]
    public void The_cross_year_catalog_lists_the_item_roll_forward_with_2019_cells()
    {
        using var doc = JsonDocument.Parse(RuleCatalog.GetCrossYearJson());
        var rule = doc.RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("code").GetString() == RuleCodes.ItemCountRollForward);
        Assert.Equal("INV-T2-19-ITEMS-XY", rule.GetProperty("reference").GetString());
        var checks = rule.GetProperty("checks");
        Assert.Equal(5, checks.GetArrayLength());
        Assert.Equal("/proactiveDisclosure/administrativeLicensing/previousYearItems", checks[0].GetProperty("target").GetString());
        Assert.Equal(
            ["previous#/proactiveDisclosure/administrativeLicensing/previousYearItems", "previous#/proactiveDisclosure/administrativeLicensing/change"],
            checks[0].GetProperty("add").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_cross_year_rule_naming_cells_of_no_pair_of_editions_is_refused()
    {
        var rule = new SumRule
        {
            Code = "X3009",
            Severity = DiagnosticSeverity.Warning,
            Title = "Nonsense",
            TitleZh = "无效",
            // 现行有效件数 (2021 only) against 上一年项目数量 (2019 only) in the same report: no edition has both.
            Checks = [new SumCheck { Target = "/proactiveDisclosure/rules/inForce", Add = ["/proactiveDisclosure/administrativeLicensing/previousYearItems"] }],
        };
        Assert.Throws<ArgumentException>(() => RuleSet.CrossYear.With(rule));
        var mixed = new SumRule
        {
            Code = "X3010",
            Severity = DiagnosticSeverity.Info,
            Title = "Licensing items after the edition change",
            TitleZh = "行政许可事项跨版",
            Relation = SumRelation.AtLeast,
            // 2021 current, 2019 previous: a pair of editions that has both cells.
            Checks = [new SumCheck { Target = "/proactiveDisclosure/administrativeLicensing/decisions", Add = [SumCheck.InPreviousReport("/proactiveDisclosure/administrativeLicensing/previousYearItems")] }],
        };
        var extended = RuleSet.CrossYear.With(mixed);
        Assert.True(extended.Contains("X3010"));
    }

    // ---- properties ----

    [Fact]
    public void Consistent_random_2019_reports_have_no_diagnostics()
    {
        Consistent.Sample(sample =>
        {
            var result = DisclosureValidator.Validate(sample.ToReport());
            Assert.Empty(result.Diagnostics);
            Assert.Empty(Violations(sample.Cells, sample.Fees));
        }, iter: Iterations);
    }

    [Fact]
    public void A_single_changed_2019_cell_is_caught_by_exactly_the_rules_that_involve_it_and_located_there()
    {
        var gen = from sample in Consistent
                  from index in Gen.Int[0, Catalog.Cells.Count - 1]
                  from size in Gen.Int[1, 6]
                  from down in Gen.Bool
                  select (sample, index, size, down);
        gen.Sample((sample, index, size, down) =>
        {
            var cell = Catalog.Cells[index];
            var cells = (decimal?[])sample.Cells.Clone();
            var old = cells[index]!.Value;
            cells[index] = down && (old >= size || cell.ValueKind == CellValueKind.SignedCount) ? old - size : old + size;

            var result = DisclosureValidator.Validate(sample.ToReport(cells));
            var expected = Violations(cells, sample.Fees);
            var reported = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => (d.Code, d.Pointer)).ToHashSet();
            Assert.True(expected.SetEquals(reported), $"{cell}: expected {string.Join("; ", expected)}, reported {string.Join("; ", reported)}");
            Assert.Equal(0, result.InfoCount);
            Assert.All(result.Diagnostics, d => Assert.True(d.Pointer == cell.Pointer || d.RelatedPointers.Contains(cell.Pointer), $"{d} does not name {cell.Pointer}"));
            if (cell.Table.Key is "T3" or "T4")
            {
                Assert.True(result.HasErrors, $"a change of {cell} went unnoticed");
            }
        }, iter: Iterations);
    }
}
