using Disclosure.Format.Diagnostics;
using Disclosure.Format.Json;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Tests.Validation;

public sealed class CrossYearTests
{
    private static DisclosureReport2021 Load(string name) =>
        (DisclosureReport2021)DisclosureJson.Deserialize(File.ReadAllBytes(Paths.Fixture("2021", name)));

    private static readonly DisclosureReport2021 Ecology2022 = Load("valid-shili-city-ecology-2022.json");
    private static readonly DisclosureReport2021 Ecology2023 = Load("valid-shili-city-ecology-2023.json");

    private static IEnumerable<(string Code, DiagnosticSeverity Severity, string Pointer, string Related, decimal? Expected, decimal? Actual)> Summary(ValidationResult result) =>
        result.Diagnostics.Select(d => (d.Code, d.Severity, d.Pointer, string.Join(" ", d.RelatedPointers), d.Expected, d.Actual));

    [Fact]
    public void The_ecology_pair_is_consistent_across_years()
    {
        var result = DisclosureValidator.ValidateCrossYear(Ecology2023, Ecology2022);
        Assert.Empty(result.Diagnostics);
        Assert.Same(result, DisclosureValidator.ValidateCrossYear(Ecology2023, Ecology2022));
    }

    [Fact]
    public void A_carry_over_that_does_not_match_is_located_in_both_reports()
    {
        var a = Ecology2023.Applications;
        var current = Ecology2023 with { Applications = a with { CarriedOver = a.CarriedOver with { NaturalPerson = 2, Total = 2 } } };
        var result = DisclosureValidator.ValidateCrossYear(current, Ecology2022);
        Assert.Equal(
            [
                (RuleCodes.CarryOverMismatch, DiagnosticSeverity.Warning, "/applications/carriedOver/naturalPerson", "previous#/applications/carriedForward/naturalPerson", 3m, 2m),
                (RuleCodes.CarryOverMismatch, DiagnosticSeverity.Warning, "/applications/carriedOver/total", "previous#/applications/carriedForward/total", 3m, 2m),
            ],
            Summary(result));
        Assert.Equal("自然人：二、上年结转政府信息公开申请数量 = 〔上年〕四、结转下年度继续办理", result.Diagnostics[0].Formula);
        Assert.Contains("〔上年〕", result.Diagnostics[0].Formula!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stock_that_does_not_roll_forward_is_located_at_the_current_in_force_count()
    {
        var p = Ecology2023.ProactiveDisclosure;
        var current = Ecology2023 with { ProactiveDisclosure = p with { NormativeDocuments = p.NormativeDocuments with { InForce = 41 } } };
        var result = DisclosureValidator.ValidateCrossYear(current, Ecology2022);
        Assert.Equal(
            [
                (RuleCodes.DocumentStockRollForward, DiagnosticSeverity.Warning, "/proactiveDisclosure/normativeDocuments/inForce",
                    "previous#/proactiveDisclosure/normativeDocuments/inForce /proactiveDisclosure/normativeDocuments/issued /proactiveDisclosure/normativeDocuments/repealed",
                    40m, 41m),
            ],
            Summary(result));
    }

    [Fact]
    public void Reports_of_another_agency_or_a_gap_year_are_warned_about()
    {
        var previous = Load("valid-shili-public-security-2023.json");
        var older = previous with { Metadata = previous.Metadata with { Year = 2021 } };
        var result = DisclosureValidator.ValidateCrossYear(Ecology2023, older);
        var agency = Assert.Single(result.Diagnostics, d => d.Code == RuleCodes.AgencyDiffers);
        Assert.Equal("previous#/metadata/agency", agency.Pointer);
        Assert.Equal(["/metadata/agency"], agency.RelatedPointers);
        var year = Assert.Single(result.Diagnostics, d => d.Code == RuleCodes.YearNotConsecutive);
        Assert.Equal(("previous#/metadata/year", 2022m, 2021m), (year.Pointer, year.Expected, year.Actual));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        // Reports passed in the wrong order are caught by the year check.
        Assert.Contains(DisclosureValidator.ValidateCrossYear(Ecology2022, Ecology2023).Diagnostics, d => d.Code == RuleCodes.YearNotConsecutive);

        // White space around the agency name is not a difference.
        var padded = Ecology2022 with { Metadata = Ecology2022.Metadata with { Agency = " 示例市生态环境局 " } };
        Assert.Empty(DisclosureValidator.ValidateCrossYear(Ecology2023, padded).Diagnostics);
    }

    [Fact]
    public void A_blank_in_the_previous_report_is_not_assessable_and_named()
    {
        var a = Ecology2022.Applications;
        var previous = Ecology2022 with { Applications = a with { CarriedForward = a.CarriedForward with { Other = null } } };
        var result = DisclosureValidator.ValidateCrossYear(Ecology2023, previous);
        Assert.Equal(
            [(RuleCodes.CrossYearNotAssessable, DiagnosticSeverity.Info, "/applications/carriedOver/other", "previous#/applications/carriedForward/other", (decimal?)null, (decimal?)null)],
            Summary(result));
        Assert.Contains("DF3001", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cross_year_and_single_report_sets_are_not_interchangeable()
    {
        Assert.True(RuleSet.CrossYear.IsCrossYear);
        Assert.Null(RuleSet.CrossYear.Edition);
        Assert.Throws<ArgumentException>(() => DisclosureValidator.ValidateCrossYear(Ecology2023, Ecology2022, RuleSet.Edition2021));
        Assert.Throws<ArgumentException>(() => DisclosureValidator.Validate(Ecology2023, RuleSet.CrossYear));
        Assert.Throws<ArgumentNullException>(() => DisclosureValidator.ValidateCrossYear(Ecology2023, null!));
    }

    [Fact]
    public void The_cross_year_set_can_be_narrowed_and_extended()
    {
        var a = Ecology2023.Applications;
        var current = Ecology2023 with { Applications = a with { CarriedOver = a.CarriedOver with { NaturalPerson = 2, Total = 2 } } };
        Assert.Empty(DisclosureValidator.ValidateCrossYear(current, Ecology2022, RuleSet.CrossYear.Without(RuleCodes.CarryOverMismatch)).Diagnostics);

        // A custom cross-year rule: this year's review cases at least last year's pending ones.
        var rule = new SumRule
        {
            Code = "X3001",
            Severity = DiagnosticSeverity.Info,
            Title = "Pending reviews are followed up",
            TitleZh = "上年尚未审结的复议在本年有结果",
            Relation = SumRelation.AtLeast,
            Checks =
            [
                new SumCheck
                {
                    Target = "/reviewAndLitigation/administrativeReview/total",
                    Add = [SumCheck.InPreviousReport("/reviewAndLitigation/administrativeReview/pending")],
                },
            ],
        };
        var extended = RuleSet.CrossYear.With(rule);
        Assert.Equal(RuleSet.CrossYear.Rules.Count + 1, extended.Rules.Count);
        var previous = Ecology2022 with
        {
            ReviewAndLitigation = Ecology2022.ReviewAndLitigation with
            {
                AdministrativeReview = new CaseOutcomes { Upheld = 0, Corrected = 0, Other = 0, Pending = 9, Total = 9 },
            },
        };
        var d = Assert.Single(DisclosureValidator.ValidateCrossYear(Ecology2023, previous, extended).Diagnostics);
        Assert.Equal(("X3001", "/reviewAndLitigation/administrativeReview/total", 9m, 5m), (d.Code, d.Pointer, d.Expected, d.Actual));
        Assert.Equal(["previous#/reviewAndLitigation/administrativeReview/pending"], d.RelatedPointers);

        Assert.Throws<ArgumentException>(() => RuleSet.CrossYear.With(new CustomRule
        {
            Code = "X3002", Severity = DiagnosticSeverity.Info, Title = "t", TitleZh = "t", Check = _ => [],
        }));
    }
}
