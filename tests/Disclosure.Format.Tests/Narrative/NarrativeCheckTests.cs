using System.Text.Json;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Model;
using Disclosure.Format.Narrative;
using Disclosure.Format.Tests.Support;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Tests.Narrative;

/// <summary>Figures of section 一 against the tables: fixtures with known answers, the corpus, the committed catalog.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class NarrativeCheckTests
{
    private static string? Corpus =>
        Paths.Shared is { } shared && File.Exists(Path.Combine(shared, "corpus", "INDEX.tsv")) ? Path.Combine(shared, "corpus") : null;

    [Theory]
    [InlineData("agrees-2021")]
    [InlineData("mismatch-2021")]
    public void A_fixture_gives_its_known_statements_and_warnings(string name)
    {
        var report = DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("narrative", name + ".json")));
        using var expected = JsonDocument.Parse(File.ReadAllText(Paths.Fixture("narrative", name + ".expected.json")));
        var result = NarrativeCheck.Check(report);

        var statements = expected.RootElement.GetProperty("statements").EnumerateArray().ToList();
        Assert.Equal(statements.Count, result.Statements.Count);
        for (var i = 0; i < statements.Count; i++)
        {
            var e = statements[i];
            var s = result.Statements[i];
            Assert.Equal(Enum.Parse<NarrativeStatementKind>(e.GetProperty("kind").GetString()!), s.Kind);
            Assert.Equal(e.GetProperty("text").GetString(), s.Text);
            Assert.Equal(e.GetProperty("figure").GetDecimal(), s.Figure);
            Assert.Equal(Enum.Parse<NarrativeStatementStatus>(e.GetProperty("status").GetString()!), s.Status);
            Assert.Equal(e.GetProperty("section").GetString(), s.SectionPointer);
            Assert.False(s.LocatedInSource);
            Assert.Equal(s.SectionPointer, s.Location.Source);
            Assert.Equal(e.GetProperty("line").GetInt32(), s.Location.Line);
            Assert.Equal(e.GetProperty("column").GetInt32(), s.Location.Column);
        }

        var diagnostics = expected.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(diagnostics.Count, result.Diagnostics.Count);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var e = diagnostics[i];
            var d = result.Diagnostics[i];
            Assert.Equal(e.GetProperty("code").GetString(), d.Code);
            Assert.Equal(Diagnostics.DiagnosticSeverity.Warning, d.Severity);
            Assert.Equal(e.GetProperty("pointer").GetString(), d.Pointer);
            Assert.Equal(e.GetProperty("related").EnumerateArray().Select(r => r.GetString()), d.RelatedPointers);
            Assert.Equal(e.GetProperty("expected").GetDecimal(), d.Expected);
            Assert.Equal(e.GetProperty("actual").GetDecimal(), d.Actual);
            Assert.Equal(e.GetProperty("source").GetString(), d.Location!.Source);
            Assert.Equal(e.GetProperty("line").GetInt32(), d.Location.Line);
            Assert.Equal(e.GetProperty("column").GetInt32(), d.Location.Column);
            Assert.Contains("总体情况", d.MessageZh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void With_the_source_text_the_words_are_located_in_it()
    {
        var report = DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("narrative", "mismatch-2021.json")));
        var source = "示例市住房和城乡建设局2023年政府信息公开工作年度报告\n一、总体情况\n本年度依法做好政府信息公开工作。\n" + report.Overview.DisclosureOnRequest + "\n二、主动公开政府信息情况\n";
        var result = NarrativeCheck.Check(report, new NarrativeCheckOptions { SourceText = source, SourceName = "housing.txt" });
        var first = result.Diagnostics[0];
        Assert.Equal(new Diagnostics.SourceLocation { Source = "housing.txt", Line = 4, Column = 4 }, first.Location);
        Assert.Equal(new Diagnostics.SourceLocation { Source = "housing.txt", Line = 5, Column = 4 }, result.Diagnostics[1].Location);
        Assert.All(result.Statements, s => Assert.True(s.LocatedInSource));
    }

    [Fact]
    public void A_2019_report_uses_its_own_code_and_texts_without_figures_give_nothing()
    {
        var report = (DisclosureReport2019)DisclosureJson.Deserialize(File.ReadAllText(Paths.Fixture("2019", "valid-shili-housing-2020.json")));
        var received = report.Applications.NewlyReceived.Total!.Value;
        var stated = report with { Overview = new Overview { Text = $"全年共收到政府信息公开申请{received + 1}件。" } };
        var d = Assert.Single(NarrativeCheck.Check(stated).Diagnostics);
        Assert.Equal(RuleCodes2019.NarrativeMismatch, d.Code);
        Assert.Equal(received, d.Actual);

        var silent = report with { Overview = new Overview { Text = "依申请公开信息数1条；依申请公开及不予公开409份；未收到过信息公开申请。" } };
        var none = NarrativeCheck.Check(silent);
        Assert.Empty(none.Statements);
        Assert.Empty(none.Diagnostics);
    }

    /// <summary>
    /// The corpus (INDEX.tsv notes which narratives agree): 120 states 1 application received while its table's 总计 is 0
    /// (the only disagreement); 113's '409份' is no count of applications, 124's contradictory sentences name no cell,
    /// and 107's '受理…申请4条' agrees with its 一 (4).
    /// </summary>
    [Fact]
    public void The_corpus_narratives_agree_except_where_index_says_they_do_not()
    {
        Assert.SkipWhen(Corpus is null, "The shared corpus is not beside this clone.");
        using var expected = JsonDocument.Parse(File.ReadAllText(Paths.Fixture("narrative", "corpus.expected.json")));
        var byFile = expected.RootElement.GetProperty("files");
        var mismatches = new List<string>();
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Corpus!, "1*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var text = File.ReadAllText(file);
            var report = ReportTextImporter.Import(text, new ImportOptions { SourceName = name }).Report!;
            var result = NarrativeCheck.Check(report, new NarrativeCheckOptions { SourceText = text, SourceName = name });
            var actual = result.Statements.Select(s => $"{s.Kind} {s.Figure} {s.Status}").ToList();
            var want = byFile.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
            if (!want.SequenceEqual(actual)) wrong.Add($"\"{name}\": [{string.Join(", ", actual.Select(a => $"\"{a}\""))}] (expected [{string.Join(", ", want)}])");
            Assert.All(result.Statements, s => Assert.True(s.LocatedInSource, $"{name}: {s}"));
            mismatches.AddRange(result.Diagnostics.Select(d => $"{name} {d.Code} {d.Pointer} {d.Expected} {d.Actual} {d.Location}"));
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(expected.RootElement.GetProperty("diagnostics").EnumerateArray().Select(e => e.GetString()), mismatches);
    }

    [Fact]
    public void The_committed_catalog_is_what_the_code_exports()
    {
        var exported = NarrativeCheck.ExportCatalog();
        var path = Path.Combine(Paths.Schema, NarrativeCheck.CatalogFileName);
        var committed = File.Exists(path) ? File.ReadAllText(path) : null;
        if (committed == exported) return;
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!ci && Environment.GetEnvironmentVariable("RULES_ACCEPT") == "1")
        {
            File.WriteAllText(path, exported, new System.Text.UTF8Encoding(false));
            return;
        }

        Assert.Fail($"schema/{NarrativeCheck.CatalogFileName} drifted from the code (regenerate with RULES_ACCEPT=1):\n{Snapshot.FirstDifference(committed ?? "", exported)}");
    }

    [Fact]
    public void The_embedded_catalog_is_the_committed_file_and_names_catalog_cells()
    {
        var committed = File.ReadAllText(Path.Combine(Paths.Schema, NarrativeCheck.CatalogFileName));
        Assert.Equal(committed, NarrativeCheck.GetCatalogJson());
        using var doc = JsonDocument.Parse(committed);
        Assert.Equal(RuleCodes.NarrativeMismatch, doc.RootElement.GetProperty("codes").GetProperty("2021").GetString());
        Assert.Equal(RuleCodes2019.NarrativeMismatch, doc.RootElement.GetProperty("codes").GetProperty("2019").GetString());
        foreach (var statement in doc.RootElement.GetProperty("statements").EnumerateArray())
        {
            foreach (var cell in statement.GetProperty("cells").EnumerateArray())
            {
                Assert.NotNull(Disclosure.Format.Layout.LayoutCatalog.Edition2021.FindCell(cell.GetString()!));
                Assert.NotNull(Disclosure.Format.Layout.LayoutCatalog.Edition2019.FindCell(cell.GetString()!));
            }

            // The pattern is a regular expression whose first group is the figure.
            var regex = new System.Text.RegularExpressions.Regex(statement.GetProperty("pattern").GetString()!);
            Assert.True(regex.GetGroupNumbers().Length >= 2);
        }
    }

    [Fact]
    public void Readme_example_runs()
    {
        var previousDirectory = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Paths.Fixtures);
        try
        {
            // README: narrative
            var report = DisclosureJson.Deserialize(File.ReadAllText("narrative/mismatch-2021.json"));
            NarrativeCheckResult result = NarrativeCheck.Check(report);
            foreach (var statement in result.Statements)
                Console.WriteLine($"{statement.Kind} '{statement.Text}' at {statement.Location}: {statement.Status}");
            // Received '收到政府信息公开申请80件' at /overview/disclosureOnRequest(1,4): Differs
            foreach (var d in result.Diagnostics)
                Console.WriteLine($"{d.Code} {d.Pointer}: text {d.Expected}, table {d.Actual}");
            // DF1016 /applications/newlyReceived/total: text 80, table 75

            // With the text the report was imported from, the words are located in it.
            var text = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "samples", "quxian-shangwuju-2023.txt"));
            var imported = ReportTextImporter.Import(text, new ImportOptions { SourceName = "quxian.txt" }).Report!;
            var located = NarrativeCheck.Check(imported, new NarrativeCheckOptions { SourceText = text, SourceName = "quxian.txt" });
            // END README

            Assert.Equal(2, result.Diagnostics.Count);
            Assert.Empty(located.Diagnostics); // "我局未收到政府信息公开申请" states no figure: nothing to compare
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
        }
    }
}
