using Disclosure.Format.Diagnostics;
using Disclosure.Format.Json;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Tests.Validation;

public sealed class RuleSetTests
{
    private static DisclosureReport Load(string name) => DisclosureJson.Deserialize(File.ReadAllBytes(Paths.Fixture("2021", name)));

    [Fact]
    public void The_2021_set_has_one_rule_per_code_in_its_range()
    {
        var codes = RuleSet.Edition2021.Rules.Select(r => r.Code).ToList();
        Assert.Equal(codes.Distinct(), codes);
        Assert.All(codes, c => Assert.InRange(int.Parse(c.AsSpan(2), provider: null), 1001, 1999));
        Assert.Equal(RuleCodes.NotAssessable, RuleSet.Edition2021.NotAssessableCode);
        Assert.Same(RuleSet.Edition2021, RuleSet.For(ReportEdition.Edition2021));
        Assert.Equal(ReportEdition.Edition2021, RuleSet.Edition2021.Edition);
        Assert.All(RuleSet.CrossYear.Rules, r => Assert.InRange(int.Parse(r.Code.AsSpan(2), provider: null), 3001, 3099));

        // Every public code constant has a rule (or is a not-assessable code).
        var constants = typeof(RuleCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        var declared = RuleSet.Edition2021.Rules.Concat(RuleSet.CrossYear.Rules).Select(r => r.Code)
            .Append(RuleCodes.NotAssessable).Append(RuleCodes.CrossYearNotAssessable)
            .Append(RuleCodes.NarrativeMismatch).ToHashSet(); // the narrative check runs on its own (NarrativeCheck)
        Assert.Equal(constants.Order(), declared.Order());
    }

    [Fact]
    public void Without_returns_a_narrower_set_and_leaves_the_original_alone()
    {
        var report = Load("arith-row-and-case-totals.json");
        var narrowed = RuleSet.Edition2021.Without(RuleCodes.ApplicationsRowTotal, "X9999");
        Assert.False(narrowed.Contains(RuleCodes.ApplicationsRowTotal));
        Assert.True(RuleSet.Edition2021.Contains(RuleCodes.ApplicationsRowTotal));
        Assert.Equal(RuleSet.Edition2021.Rules.Count - 1, narrowed.Rules.Count);
        Assert.Equal([RuleCodes.ApplicationsOutcomeTotal, RuleCodes.ReviewLitigationTotal], DisclosureValidator.Validate(report, narrowed).Diagnostics.Select(d => d.Code));
        Assert.Equal(3, DisclosureValidator.Validate(report).ErrorCount);
    }

    [Fact]
    public void Without_the_not_assessable_code_stops_reporting_unassessable_checks()
    {
        var report = Load("arith-blank-totals.json");
        var quiet = RuleSet.Edition2021.Without(RuleCodes.NotAssessable, RuleCodes.BlankCell);
        Assert.Null(quiet.NotAssessableCode);
        Assert.Equal([RuleCodes.BlankTotal, RuleCodes.BlankTotal], DisclosureValidator.Validate(report, quiet).Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void With_adds_a_custom_sum_rule_declared_by_pointers()
    {
        // A partner's own rule: (三)1. 属于国家秘密 cannot exceed the applications received.
        var rule = new SumRule
        {
            Code = "X1001",
            Severity = DiagnosticSeverity.Warning,
            Title = "State secrets within received",
            TitleZh = "属于国家秘密不超过本年新收",
            Relation = SumRelation.AtMost,
            Checks = [new SumCheck { Target = "/applications/outcomes/withheld/stateSecret/total", Add = ["/applications/newlyReceived/total"] }],
        };
        var rules = RuleSet.Edition2021.With(rule);
        Assert.Same(rule, rules.Find("X1001"));
        Assert.Equal(RuleKind.Sum, rule.Kind);
        Assert.Empty(DisclosureValidator.Validate(Load("valid-shili-natural-resources-2024.json"), rules).Diagnostics);

        var seed = (DisclosureReport2021)Load("valid-seed-quxian-shangwuju-2023.json");
        var o = seed.Applications.Outcomes;
        var report = seed with
        {
            Applications = seed.Applications with { Outcomes = o with { Withheld = o.Withheld with { StateSecret = o.Withheld.StateSecret with { Total = 1 } } } },
        };
        var custom = Assert.Single(DisclosureValidator.Validate(report, rules).Diagnostics, d => d.Code == "X1001");
        Assert.Equal("/applications/outcomes/withheld/stateSecret/total", custom.Pointer);
        Assert.Equal("总计：三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 ≤ 一、本年新收政府信息公开申请数量", custom.Formula);
        Assert.Equal((0m, 1m), (custom.Expected, custom.Actual));
    }

    [Fact]
    public void With_rejects_bad_declarations()
    {
        SumRule Rule(string code, string target, params string[] add) => new()
        {
            Code = code, Severity = DiagnosticSeverity.Error, Title = "t", TitleZh = "t",
            Checks = [new SumCheck { Target = target, Add = add }],
        };

        var unknown = Assert.Throws<ArgumentException>(() => RuleSet.Edition2021.With(Rule("X1", "/applications/newlyReceived/totl")));
        Assert.Contains("/applications/newlyReceived/totl", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RuleSet.Edition2021.With(Rule(RuleCodes.ApplicationsRowTotal, "/applications/newlyReceived/total")));
        Assert.Throws<ArgumentException>(() => RuleSet.Edition2021.With(Rule("X2", "/applications/carriedOver/total", "previous#/applications/carriedForward/total")));
        Assert.Throws<ArgumentException>(() => RuleSet.Edition2021.With(Rule("", "/applications/carriedOver/total")));
        Assert.Throws<ArgumentException>(() => RuleSet.CrossYear.With(Rule("X3", "previous#/applications/carriedOver/total")));
        Assert.Throws<ArgumentNullException>(() => RuleSet.Edition2021.With(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleSet.For((ReportEdition)2030));
    }

    [Fact]
    public void A_custom_rule_runs_in_an_otherwise_empty_set()
    {
        var rule = new CustomRule
        {
            Code = "X0002",
            Severity = DiagnosticSeverity.Warning,
            Title = "Title mentions the year",
            TitleZh = "标题含年度",
            Check = report => report.Metadata.Title is { } t && !t.Contains(report.Metadata.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                ? [new Diagnostic { Code = "X0002", Severity = DiagnosticSeverity.Warning, Pointer = "/metadata/title", Message = "The title does not mention the report year.", MessageZh = "标题未写明报告年度。" }]
                : [],
        };
        var rules = RuleSet.Empty(ReportEdition.Edition2021).With(rule);
        Assert.Single(rules.Rules);
        var report = Load("arith-row-and-case-totals.json");
        Assert.Empty(DisclosureValidator.Validate(report, rules).Diagnostics);
        var retitled = report with { Metadata = report.Metadata with { Title = "年度报告" } };
        Assert.Equal(["X0002"], DisclosureValidator.Validate(retitled, rules).Diagnostics.Select(d => d.Code));
        Assert.Contains("X0002", RuleCatalog.Export(rules), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_has_bilingual_titles_and_the_sum_rules_formulas()
    {
        foreach (var rule in RuleSet.Edition2021.Rules.Concat(RuleSet.CrossYear.Rules))
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Title), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.TitleZh), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.Description), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.DescriptionZh), rule.Code);
            if (rule.Kind == RuleKind.Sum) Assert.False(string.IsNullOrWhiteSpace(rule.Formula), rule.Code);
        }
    }

    [Fact]
    public void Diagnostics_carry_the_formula_and_both_languages()
    {
        var d = DisclosureValidator.Validate(Load("arith-row-and-case-totals.json")).Diagnostics.Single(x => x.Code == RuleCodes.ApplicationsRowTotal);
        Assert.Equal("三、本年度办理结果 / （一）予以公开：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他", d.Formula);
        Assert.Equal("申请情况表行合计：三、本年度办理结果 / （一）予以公开 · 总计为47，应为46（三、本年度办理结果 / （一）予以公开：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他）。", d.MessageZh);
        Assert.StartsWith("Row total of the applications table: 三、本年度办理结果 / （一）予以公开 · 总计 is 47, expected 46", d.Message, StringComparison.Ordinal);
    }
}
