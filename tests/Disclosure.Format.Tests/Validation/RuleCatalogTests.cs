using System.Text.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Tests.Support;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Tests.Validation;

public sealed class RuleCatalogTests
{
    public static TheoryData<string> CommittedCatalogs() =>
        new(RuleCatalog.FileName(ReportEdition.Edition2021), RuleCatalog.FileName(ReportEdition.Edition2019), RuleCatalog.CrossYearFileName);

    private static RuleSet SetOf(string file) =>
        file == RuleCatalog.CrossYearFileName ? RuleSet.CrossYear
        : file == RuleCatalog.FileName(ReportEdition.Edition2019) ? RuleSet.Edition2019
        : RuleSet.Edition2021;

    [Theory]
    [MemberData(nameof(CommittedCatalogs))]
    public void The_committed_catalog_is_what_the_code_exports(string file)
    {
        var exported = RuleCatalog.Export(SetOf(file));
        var path = Path.Combine(Paths.Schema, file);
        var committed = File.Exists(path) ? File.ReadAllText(path) : null;
        if (committed == exported)
        {
            return;
        }

        // Outside CI, RULES_ACCEPT=1 rewrites the committed file (review the git diff before committing).
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!ci && Environment.GetEnvironmentVariable("RULES_ACCEPT") == "1")
        {
            File.WriteAllText(path, exported, new System.Text.UTF8Encoding(false));
            return;
        }

        Assert.Fail(committed is null
            ? $"schema/{file} is missing; create it with RULES_ACCEPT=1."
            : $"schema/{file} drifted from the rules in code (regenerate with RULES_ACCEPT=1):\n{Snapshot.FirstDifference(committed, exported)}");
    }

    [Theory]
    [MemberData(nameof(CommittedCatalogs))]
    public void The_embedded_catalog_is_the_committed_file(string file)
    {
        var embedded = file == RuleCatalog.CrossYearFileName ? RuleCatalog.GetCrossYearJson() : RuleCatalog.GetJson(SetOf(file).Edition!.Value);
        Assert.Equal(File.ReadAllText(Path.Combine(Paths.Schema, file)), embedded);
    }

    [Fact]
    public void The_2021_catalog_lists_every_rule_with_its_cells()
    {
        using var doc = JsonDocument.Parse(RuleCatalog.GetJson(ReportEdition.Edition2021));
        var root = doc.RootElement;
        Assert.Equal("2021", root.GetProperty("edition").GetString());
        Assert.Equal(RuleCodes.NotAssessable, root.GetProperty("notAssessableCode").GetString());
        var rules = root.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
        Assert.Equal(RuleSet.Edition2021.Rules.Select(r => r.Code), rules.Keys);

        // Per-column rules list seven checks, the per-row rule one per value row, T4 three.
        Assert.Equal(7, rules[RuleCodes.ApplicationsColumnBalance].GetProperty("checks").GetArrayLength());
        Assert.Equal(7, rules[RuleCodes.ApplicationsOutcomeTotal].GetProperty("checks").GetArrayLength());
        Assert.Equal(25, rules[RuleCodes.ApplicationsRowTotal].GetProperty("checks").GetArrayLength());
        Assert.Equal(7, rules[RuleCodes.ApplicationsCarryForwardBound].GetProperty("checks").GetArrayLength());
        Assert.Equal(3, rules[RuleCodes.ReviewLitigationTotal].GetProperty("checks").GetArrayLength());
        Assert.Equal(2, rules[RuleCodes.DocumentStockNegativeOpening].GetProperty("checks").GetArrayLength());
        Assert.Equal(21, rules[RuleCodes.ApplicationsOutcomeTotal].GetProperty("checks")[0].GetProperty("add").GetArrayLength());

        // Every pointer named by a sum check is a catalog cell or a section-六 fee figure.
        var catalog = LayoutCatalog.Edition2021;
        foreach (var rule in rules.Values.Where(r => r.GetProperty("kind").GetString() == "sum"))
        {
            foreach (var check in rule.GetProperty("checks").EnumerateArray())
            {
                var pointers = new[] { check.GetProperty("target").GetString()! }
                    .Concat(check.GetProperty("add").EnumerateArray().Select(p => p.GetString()!))
                    .Concat(check.GetProperty("subtract").EnumerateArray().Select(p => p.GetString()!));
                foreach (var pointer in pointers)
                {
                    Assert.True(catalog.FindCell(pointer) is not null || pointer.StartsWith("/otherMatters/processingFees/", StringComparison.Ordinal), pointer);
                }
            }
        }

        // The blank-cell rule covers all 200 cells; the count rule all counts plus the number of fee notices.
        Assert.Equal(200, rules[RuleCodes.BlankCell].GetProperty("cells").GetArrayLength());
        Assert.Equal(catalog.Cells.Count(c => c.ValueKind == CellValueKind.Count) + 1, rules[RuleCodes.InvalidCount].GetProperty("cells").GetArrayLength());
    }

    [Fact]
    public void The_row_total_checks_name_official_labels()
    {
        using var doc = JsonDocument.Parse(RuleCatalog.GetJson(ReportEdition.Edition2021));
        var rowTotal = doc.RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("code").GetString() == RuleCodes.ApplicationsRowTotal);
        Assert.Equal("总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他", rowTotal.GetProperty("formula").GetString());
        var first = rowTotal.GetProperty("checks")[0];
        Assert.Equal("一、本年新收政府信息公开申请数量：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他", first.GetProperty("formula").GetString());
        Assert.Equal("/applications/newlyReceived/total", first.GetProperty("target").GetString());
    }

    [Fact]
    public void The_cross_year_catalog_marks_cells_of_the_previous_report()
    {
        using var doc = JsonDocument.Parse(RuleCatalog.GetCrossYearJson());
        var carry = doc.RootElement.GetProperty("rules")[0];
        Assert.Equal(RuleCodes.CarryOverMismatch, carry.GetProperty("code").GetString());
        Assert.Equal("warning", carry.GetProperty("severity").GetString());
        var check = carry.GetProperty("checks")[0];
        Assert.Equal("/applications/carriedOver/naturalPerson", check.GetProperty("target").GetString());
        Assert.Equal("previous#/applications/carriedForward/naturalPerson", check.GetProperty("add")[0].GetString());
    }

    [Fact]
    public void Unknown_editions_have_no_catalog()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleCatalog.GetJson((ReportEdition)2030));
    }
}
