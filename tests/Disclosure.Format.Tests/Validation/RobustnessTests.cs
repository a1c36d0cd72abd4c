using CsCheck;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Tests.Validation;

/// <summary>Reports built in code: blanks, nulls, negative and huge values are reported, never thrown.</summary>
public sealed class RobustnessTests
{
    private static readonly LayoutCatalog Catalog = LayoutCatalog.Edition2021;

    private static DisclosureReport2021 Seed() =>
        (DisclosureReport2021)DisclosureJson.Deserialize(File.ReadAllBytes(Paths.Fixture("2021", "valid-shili-natural-resources-2024.json")));

    [Fact]
    public void An_all_blank_report_reports_blanks_and_nothing_assessable()
    {
        var report = Catalog.CreateReport(new ReportMetadata { Agency = "示例镇", Year = 2022 }, new decimal?[Catalog.Cells.Count]);
        var result = DisclosureValidator.Validate(report);
        Assert.Equal(0, result.ErrorCount);
        Assert.Equal(0, result.WarningCount); // no part is filled, so no blank total beside filled parts
        Assert.Equal(Catalog.Cells.Select(c => c.Pointer), result.Diagnostics.Where(d => d.Code == RuleCodes.BlankCell).Select(d => d.Pointer));
        var sumChecks = RuleSet.Edition2021.Rules.OfType<SumRule>().SelectMany(r => r.Checks).Count(c => !c.Target.StartsWith("/otherMatters/", StringComparison.Ordinal));
        Assert.Equal(sumChecks, result.Diagnostics.Count(d => d.Code == RuleCodes.NotAssessable));
    }

    [Fact]
    public void Negative_values_built_in_code_are_errors_at_their_cells()
    {
        var seed = Seed();
        var report = seed with
        {
            ProactiveDisclosure = seed.ProactiveDisclosure with
            {
                AdministrativeFees = new FeeAmount { Amount = -0.5m },
                AdministrativePenalty = new DecisionCount { Decisions = -3 },
            },
            OtherMatters = seed.OtherMatters with
            {
                ProcessingFees = new ProcessingFees { NoticesIssued = -1, AmountNoticed = -300, AmountCollected = 100 },
            },
        };
        var result = DisclosureValidator.Validate(report);
        Assert.Equal(
            [
                (RuleCodes.InvalidCount, "/proactiveDisclosure/administrativePenalty/decisions"),
                (RuleCodes.InvalidCount, "/otherMatters/processingFees/noticesIssued"),
                (RuleCodes.NegativeAmount, "/proactiveDisclosure/administrativeFees/amount"),
                (RuleCodes.NegativeAmount, "/otherMatters/processingFees/amountNoticed"),
            ],
            result.Diagnostics.Where(d => d.Code is RuleCodes.InvalidCount or RuleCodes.NegativeAmount).Select(d => (d.Code, d.Pointer)));
        Assert.Equal(-3, result.Diagnostics.First(d => d.Code == RuleCodes.InvalidCount).Actual);

        // The fee checks still run on the (wrong) values.
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCodes.FeesCollectedExceedNoticed);
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCodes.FeeNoticesFewerThanUnpaid);
    }

    [Fact]
    public void Null_parts_built_in_code_are_reported_not_thrown()
    {
        var seed = Seed();
        var report = seed with
        {
            Metadata = null!,
            Applications = null!,
            OtherMatters = null!,
            ReviewAndLitigation = seed.ReviewAndLitigation with { LitigationAfterReview = null! },
        };
        var result = DisclosureValidator.Validate(report);
        var missing = result.Diagnostics.Where(d => d.Code == RuleCodes.MissingPart).Select(d => d.Pointer).ToList();
        var t3Rows = Catalog.GetTable("T3").ValueRows.Select(r => r.Pointer!);
        Assert.Equal(["/metadata", "/otherMatters", .. t3Rows, "/reviewAndLitigation/litigationAfterReview"], missing);
        Assert.All(result.Diagnostics.Where(d => d.Code == RuleCodes.MissingPart), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));

        // Missing cells are blanks: the review total of the missing row is not assessable; no year check without metadata.
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCodes.NotAssessable && d.Pointer == "/reviewAndLitigation/litigationAfterReview/total");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is RuleCodes.BlankCell or RuleCodes.YearBeforeEdition or RuleCodes.ImplausibleYear);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is RuleCodes.FeesCollectedExceedNoticed or RuleCodes.FeeNoticesFewerThanUnpaid);
    }

    [Fact]
    public void Null_agency_and_texts_are_missing_parts()
    {
        var seed = Seed();
        var report = seed with { Metadata = seed.Metadata with { Agency = null! }, Overview = null!, ProblemsAndImprovements = null! };
        var result = DisclosureValidator.Validate(report);
        Assert.Equal(["/metadata/agency", "/overview", "/problemsAndImprovements"], result.Diagnostics.Select(d => d.Pointer));
        Assert.NotNull(DisclosureValidator.ValidateCrossYear(report, seed));
    }

    [Fact]
    public void Sums_out_of_the_decimal_range_are_not_assessable()
    {
        var seed = Seed();
        var report = seed with
        {
            OtherMatters = seed.OtherMatters with
            {
                ProcessingFees = new ProcessingFees { NoticesIssued = 3, AmountNoticed = decimal.MaxValue, AmountCollected = decimal.MaxValue },
            },
        };
        var rule = new SumRule
        {
            Code = "X0001",
            Severity = DiagnosticSeverity.Error,
            Title = "Twice the noticed amount",
            TitleZh = "收费通知金额的两倍",
            Relation = SumRelation.AtMost,
            Checks = [new SumCheck { Target = "/otherMatters/processingFees/amountCollected", Add = ["/otherMatters/processingFees/amountNoticed", "/otherMatters/processingFees/amountNoticed"] }],
        };
        var result = DisclosureValidator.Validate(report, RuleSet.Edition2021.With(rule));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(RuleCodes.NotAssessable, d.Code);
        Assert.Equal("/otherMatters/processingFees/amountCollected", d.Pointer);
        Assert.Contains("X0001", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_never_throws_on_arbitrary_values()
    {
        var cells = Gen.Int[0, int.MaxValue].Select(v => (decimal)v).Nullable(0.3).Array[Catalog.Cells.Count];
        var fees = Gen.Select(Gen.Int[-5, int.MaxValue].Nullable(0.3), Gen.Decimal.Nullable(0.3), Gen.Decimal.Nullable(0.3),
            (n, a, b) => new ProcessingFees { NoticesIssued = n, AmountNoticed = a, AmountCollected = b }).Null(0.3);
        var gen = Gen.Select(cells, fees, Gen.Int[int.MinValue, int.MaxValue], (c, f, y) => (c, f, y));
        gen.Sample((values, processingFees, year) =>
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (Catalog.Cells[i].ValueKind == CellValueKind.Amount) values[i] = values[i] * 1000.0001m;
            }

            var report = Catalog.CreateReport(new ReportMetadata { Agency = "甲", Year = year }, values) with
            {
                OtherMatters = new OtherMatters { Text = "", ProcessingFees = processingFees },
            };
            var result = DisclosureValidator.Validate(report);
            Assert.Equal(result.Diagnostics.Count, result.ErrorCount + result.WarningCount + result.InfoCount);
            DisclosureValidator.ValidateCrossYear(report, report);
        }, iter: 300);
    }
}
