using System.Text.Json;
using Disclosure.Format.Aggregation;
using Disclosure.Format.Comparison;
using Disclosure.Format.Indicators;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Indicators;

/// <summary>The indicator catalog: drift against schema/indicators.json, the formula language and known answers.</summary>
public sealed class IndicatorCatalogTests
{
    private static DisclosureReport Load(params string[] path) => DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture(path)));

    [Fact]
    public void The_committed_catalog_is_what_the_code_exports()
    {
        var exported = IndicatorCatalog.Default.Export();
        var path = Path.Combine(Paths.Schema, IndicatorCatalog.FileName);
        var committed = File.Exists(path) ? File.ReadAllText(path) : null;
        if (committed == exported) return;
        // Outside CI, RULES_ACCEPT=1 rewrites the committed file (review the git diff before committing).
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!ci && Environment.GetEnvironmentVariable("RULES_ACCEPT") == "1")
        {
            File.WriteAllText(path, exported, new System.Text.UTF8Encoding(false));
            return;
        }

        Assert.Fail(committed is null
            ? $"schema/{IndicatorCatalog.FileName} is missing; create it with RULES_ACCEPT=1."
            : $"schema/{IndicatorCatalog.FileName} drifted from the indicators in code (regenerate with RULES_ACCEPT=1):\n{Snapshot.FirstDifference(committed, exported)}");
    }

    [Fact]
    public void The_embedded_catalog_is_the_committed_file_and_loads_to_the_same_indicators()
    {
        var committed = File.ReadAllText(Path.Combine(Paths.Schema, IndicatorCatalog.FileName));
        Assert.Equal(committed, IndicatorCatalog.GetJson());
        var loaded = IndicatorCatalog.Load(committed);
        Assert.Equal(committed, loaded.Export());

        // The catalog read from JSON computes what the built-in one does.
        var previous = Load("compare", "housing-2022.json");
        var current = Load("compare", "housing-2023.json");
        Assert.Equal(IndicatorCatalog.Default.Compute(current, previous).Select(v => (v.Code, v.Value, v.Status)),
            loaded.Compute(current, previous).Select(v => (v.Code, v.Value, v.Status)));
    }

    [Fact]
    public void The_catalog_has_the_evaluators_indicators_for_both_editions()
    {
        using var doc = JsonDocument.Parse(IndicatorCatalog.GetJson());
        var indicators = doc.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(10, indicators.Count);
        Assert.All(indicators, i =>
        {
            Assert.Equal(2, i.GetProperty("formulas").EnumerateObject().Count());
            Assert.Equal("notComputable", i.GetProperty("blanks").GetString());
            Assert.Equal("notComputable", i.GetProperty("zeroDenominator").GetString());
        });
        var other = IndicatorCatalog.Default.Find("DFI006")!;
        Assert.NotEqual(other.Formulas[ReportEdition.Edition2019], other.Formulas[ReportEdition.Edition2021]);
        Assert.Equal("实质公开率", IndicatorCatalog.Default.Find("DFI003")!.NameZh);
        Assert.True(IndicatorCatalog.Default.Find("DFI010")!.RequiresPreviousReport);
        Assert.Null(IndicatorCatalog.Default.Find("DFI999"));
    }

    [Fact]
    public void A_comparison_gives_the_known_indicators_of_both_years()
    {
        var comparison = ReportComparison.Compare(Load("compare", "housing-2022.json"), Load("compare", "housing-2023.json"));
        var changes = IndicatorCatalog.Default.Compute(comparison);
        using var expected = JsonDocument.Parse(File.ReadAllText(Paths.Fixture("compare", "housing-2022-to-2023.indicators.expected.json")));
        var rows = expected.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(rows.Select(r => r.GetProperty("code").GetString()), changes.Select(c => c.Indicator.Code));
        for (var i = 0; i < rows.Count; i++)
        {
            var code = changes[i].Indicator.Code;
            Assert.True(Value(rows[i], "previous") == changes[i].Previous.Value, $"{code} previous: {changes[i].Previous.Value}");
            Assert.True(Value(rows[i], "current") == changes[i].Current.Value, $"{code} current: {changes[i].Current.Value}");
            if (rows[i].TryGetProperty("previousStatus", out var status))
            {
                Assert.Equal(Enum.Parse<IndicatorStatus>(status.GetString()!), changes[i].Previous.Status);
            }
        }

        Assert.Equal(0.0666666666666666666666666667m, changes[1].Difference);
    }

    [Fact]
    public void Blanks_and_zero_denominators_are_not_computable_and_say_why()
    {
        var report = (DisclosureReport2021)Load("rollup", "child-jiaoyu.json");
        var values = IndicatorCatalog.Default.Compute(report);
        Assert.Equal(IndicatorStatus.ZeroDenominator, values.Single(v => v.Code == "DFI008").Status); // no review decided
        Assert.Null(values.Single(v => v.Code == "DFI008").Value);
        Assert.Equal(1m, values.Single(v => v.Code == "DFI002").Value);

        var blank = report with
        {
            Applications = report.Applications with
            {
                Outcomes = report.Applications.Outcomes with { Total = report.Applications.Outcomes.Total with { Total = null } },
            },
        };
        var granted = IndicatorCatalog.Default.Compute(blank).Single(v => v.Code == "DFI003");
        Assert.Equal(IndicatorStatus.BlankInput, granted.Status);
        Assert.Null(granted.Value);
        Assert.Equal(["/applications/outcomes/total/total"], granted.BlankPointers);
    }

    [Fact]
    public void A_roll_up_and_a_2019_report_are_computed_with_their_own_formulas()
    {
        string[] files = ["child-caizheng.json", "child-gongan.json", "child-jiaoyu.json"];
        var rollUp = ReportRollUp.Sum([.. files.Select(f => Load("rollup", f))], new RollUpOptions { Agency = "示例县人民政府" });
        var values = IndicatorCatalog.Default.Compute(rollUp);
        Assert.Equal(11m, values.Single(v => v.Code == "DFI001").Value);
        Assert.Equal(0.7m, values.Single(v => v.Code == "DFI002").Value);
        Assert.Equal(0.9m, values.Single(v => v.Code == "DFI003").Value);
        Assert.Equal(0m, values.Single(v => v.Code == "DFI008").Value);
        Assert.Equal(1m, values.Single(v => v.Code == "DFI009").Value);

        var old = (DisclosureReport2019)Load("2019", "valid-shili-housing-2020.json");
        var o = old.Applications.Outcomes;
        var other = IndicatorCatalog.Default.Compute(old).Single(v => v.Code == "DFI006");
        Assert.Equal((decimal)o.OtherHandling.Total! / o.Total.Total!.Value, other.Value);
        Assert.Contains("{/applications/outcomes/otherHandling/total}", other.Formula, StringComparison.Ordinal);

        // Growth across the edition change: 2021's received against 2020's (2019 edition).
        var current = (DisclosureReport2021)Load("2021", "valid-shili-housing-2021.json");
        var growth = IndicatorCatalog.Default.Compute(current, old).Single(v => v.Code == "DFI010");
        var before = (decimal)old.Applications.NewlyReceived.Total!.Value;
        Assert.Equal((current.Applications.NewlyReceived.Total!.Value - before) / before, growth.Value);
    }

    [Theory]
    [InlineData("{\"indicators\": [{\"code\": \"X1\", \"name\": {\"zh\": \"甲\", \"en\": \"a\"}, \"unit\": \"ratio\", \"formulas\": {\"2021\": \"{/applications/newlyReceived/total} / \"}}]}", "DF7031", "/indicators/0/formulas/2021")]
    [InlineData("{\"indicators\": [{\"code\": \"X1\", \"name\": {\"zh\": \"甲\", \"en\": \"a\"}, \"unit\": \"ratio\", \"formulas\": {\"2021\": \"{/applications/nothing} + 1\"}}]}", "DF7032", "/indicators/0/formulas/2021")]
    [InlineData("{\"indicators\": [{\"code\": \"X1\", \"name\": {\"zh\": \"甲\", \"en\": \"a\"}, \"unit\": \"percent\", \"formulas\": {}}]}", "DF7030", "/indicators/0/unit")]
    [InlineData("[1, 2", "DF7030", "")]
    [InlineData("{\"indicators\": [{\"code\": \"X1\", \"name\": {\"zh\": \"甲\", \"en\": \"a\"}, \"unit\": \"count\", \"formulas\": {\"2019\": \"({/applications/newlyReceived/total} * 2\"}}]}", "DF7031", "/indicators/0/formulas/2019")]
    public void A_bad_catalog_is_an_error_with_a_code_and_a_pointer(string json, string code, string pointer)
    {
        var e = Assert.Throws<IndicatorCatalogException>(() => IndicatorCatalog.Load(json));
        Assert.Equal(code, e.Code);
        Assert.Equal(pointer, e.Pointer);
    }

    [Fact]
    public void A_partner_formula_evaluates_exactly_with_precedence_and_unary_minus()
    {
        var catalog = IndicatorCatalog.Load("""
            {"indicators": [{"code": "P1", "name": {"zh": "甲", "en": "a"}, "unit": "count", "blanks": "zero", "zeroDenominator": "zero",
              "formulas": {"2021": "-{/applications/newlyReceived/total} + 2 * ({/applications/carriedOver/total} + 0.5) / 4 + 1 / 0"}}]}
            """);
        var report = Load("compare", "housing-2023.json"); // 一 75, 二 2
        var value = Assert.Single(catalog.Compute(report));
        Assert.Equal(-75m + 2m * 2.5m / 4m, value.Value);
        Assert.Equal(IndicatorStatus.Computed, value.Status);
        Assert.Equal(IndicatorStatus.NotDefinedForEdition, Assert.Single(catalog.Compute(Load("2019", "valid-shili-housing-2020.json"))).Status);
    }

    [Fact]
    public void A_formula_nested_too_deeply_is_an_error_not_a_crash()
    {
        var formula = new string('(', 100_000) + "1" + new string(')', 100_000);
        var json = "{\"indicators\": [{\"code\": \"X1\", \"name\": {\"zh\": \"甲\", \"en\": \"a\"}, \"unit\": \"count\", \"formulas\": {\"2021\": \"" + formula + "\"}}]}";
        var e = Assert.Throws<IndicatorCatalogException>(() => IndicatorCatalog.Load(json));
        Assert.Equal("DF7031", e.Code);
        Assert.Equal(64, e.Position);
        var minus = new string('-', 100_000) + "1";
        Assert.Equal("DF7031", Assert.Throws<IndicatorCatalogException>(() => IndicatorCatalog.Load(json.Replace(formula, minus, StringComparison.Ordinal))).Code);
        // 64 levels are fine.
        var ok = new string('(', 63) + "1" + new string(')', 63);
        Assert.Equal(1m, Assert.Single(IndicatorCatalog.Load(json.Replace(formula, ok, StringComparison.Ordinal)).Compute(Load("compare", "housing-2023.json"))).Value);
    }

    private static decimal? Value(JsonElement e, string name) =>
        e.GetProperty(name) is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : null;
}
