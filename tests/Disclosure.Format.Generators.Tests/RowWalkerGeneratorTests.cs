using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Disclosure.Format.Generators.Tests;

/// <summary>
/// The row-walker generator on small records of its own (the real editions are covered by the core's tests and the row
/// proof): what it reads from a record, what it writes, and what it refuses.
/// </summary>
public sealed class RowWalkerGeneratorTests
{
    private const string Prelude = """
        global using System.Text.Json.Serialization;
        namespace Disclosure.Format.Layout { internal sealed class EditionRecordAttribute(System.Type t, string edition) : System.Attribute; }
        namespace Demo { public enum Edition { One } }
        namespace Disclosure.Format.Json { internal sealed class SignedCountConverter; }
        """;

    [Fact]
    public void Cells_follow_the_json_order_and_names_of_the_record()
    {
        var run = Run("""
            namespace Demo;
            public sealed record Counts
            {
                [JsonPropertyOrder(1)] public required int? Second { get; init; }
                [JsonPropertyOrder(0)] public required int? First { get; init; }
                [JsonPropertyName("renamed")] public required decimal? Amount { get; init; }
                [JsonPropertyOrder(3)] [JsonConverter(typeof(Disclosure.Format.Json.SignedCountConverter))] public required int? Change { get; init; }
                [JsonIgnore] public int? Hidden { get; init; }
                [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] [JsonPropertyOrder(4)] public string? Note { get; init; }
            }
            public sealed record Table { public required Counts URLRow { get; init; } public required Counts Other { get; init; } }
            public sealed record Meta { public required string Agency { get; init; } }
            public sealed record Report { public Edition Edition => Edition.One; public required Meta Meta { get; init; } public string? Note { get; init; } public required Table Table { get; init; } }
            [Disclosure.Format.Layout.EditionRecord(typeof(Report), "1")] internal static partial class DemoCatalog;
            """);

        Assert.Empty(run.Diagnostics);
        var catalog = run.Source("DemoCatalog.g.cs");
        var row = JsonNamingPolicy.CamelCase.ConvertName("URLRow");
        string[] expected =
        [
            // System.Text.Json's order: by JsonPropertyOrder (0 when absent), then as declared.
            $"\"/table/{row}/first\",", $"\"/table/{row}/renamed\",", $"\"/table/{row}/second\",", $"\"/table/{row}/change\",",
            "\"/table/other/first\",",
        ];
        var lines = catalog.Split('\n').Select(l => l.Trim()).ToList();
        var at = lines.IndexOf(expected[0]);
        Assert.True(at > 0, catalog);
        Assert.Equal(expected, lines.Skip(at).Take(expected.Length));
        Assert.DoesNotContain("hidden", catalog, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"/table\",", catalog); // an object pointer
        Assert.Contains("ReadTable(global::Disclosure.Format.Layout.CellCursor c)", catalog);
        Assert.Contains("Amount = c.Decimal(),", catalog);

        var reader = run.Source("FastReportReader.Rows.g.cs");
        Assert.Contains("CountsNames = Names(\"first\", \"renamed\", \"second\", \"change\", \"note\");", reader);
        Assert.Contains("3 => SignedCount(ref r, out s.M3),", reader);
        Assert.Contains("4 => OptionalText(ref r, out s.M4),", reader);
        Assert.Contains("0b1111, ref s", reader); // the text is optional
        Assert.Contains("Missing(8);", run.Source("SlotWriter.Report.g.cs"));
        Assert.Contains("case global::Demo.Report r:", run.Source("SlotWriter.Editions.g.cs"));

        // The report: its edition first, its parts by hand-written readers, its texts and its tables.
        Assert.Contains("ReportNames = Names(\"edition\", \"meta\", \"note\", \"table\");", reader);
        Assert.Contains("1 => (s.M1 = ReadMeta(ref r)) is not null,", reader);
        Assert.Contains("2 => OptionalText(ref r, out s.M2),", reader);
        Assert.Contains("3 => (s.M3 = ReadTable(ref r)) is not null,", reader);
        Assert.Contains("0b1011, ref s", reader);
        Assert.Contains("SequenceEqual(edition, \"1\"u8)) return ReadReport(ref reader);", reader);
    }

    [Fact]
    public void Json_names_are_those_of_the_camel_case_policy()
    {
        string[] names = ["Simple", "X", "URLValue", "ABC", "A1B", "AB1", "IOError", "NaturalPerson", "TotalAmountText"];
        var members = string.Join(" ", names.Select(n => $"public required int? {n} {{ get; init; }}"));
        var run = Run($$"""
            namespace Demo;
            public sealed record Row { {{members}} }
            public sealed record Table { public required Row Row { get; init; } }
            public sealed record Report { public Edition Edition => Edition.One; public required Table Table { get; init; } }
            [Disclosure.Format.Layout.EditionRecord(typeof(Report), "1")] internal static partial class DemoCatalog;
            """);

        var expected = string.Join(", ", names.Select(n => $"\"{JsonNamingPolicy.CamelCase.ConvertName(n)}\""));
        Assert.Contains($"RowNames = Names({expected});", run.Source("FastReportReader.Rows.g.cs"));
    }

    [Fact]
    public void A_required_text_in_a_row_is_refused()
    {
        var run = Run("""
            namespace Demo;
            public sealed record Row { public required int? A { get; init; } public required string Note { get; init; } }
            public sealed record Table { public required Row Row { get; init; } }
            public sealed record Report { public Edition Edition => Edition.One; public required Table Table { get; init; } }
            [Disclosure.Format.Layout.EditionRecord(typeof(Report), "1")] internal static partial class DemoCatalog;
            """);

        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("DFGEN01", d.Id);
        Assert.Contains("Row.Note", d.GetMessage());
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void An_object_of_more_than_31_members_is_refused()
    {
        var members = string.Join(" ", Enumerable.Range(0, 32).Select(i => $"public required int? C{i} {{ get; init; }}"));
        var run = Run($$"""
            namespace Demo;
            public sealed record Row { {{members}} }
            public sealed record Table { public required Row Row { get; init; } }
            public sealed record Report { public Edition Edition => Edition.One; public required Table Table { get; init; } }
            [Disclosure.Format.Layout.EditionRecord(typeof(Report), "1")] internal static partial class DemoCatalog;
            """);

        Assert.Contains(run.Diagnostics, d => d.Id == "DFGEN01" && d.GetMessage().Contains("32 members"));
    }

    [Fact]
    public void A_report_without_a_table_is_refused()
    {
        var run = Run("""
            namespace Demo;
            public sealed record Report { public Edition Edition => Edition.One; public required string Agency { get; init; } }
            [Disclosure.Format.Layout.EditionRecord(typeof(Report), "1")] internal static partial class DemoCatalog;
            """);

        Assert.Contains(run.Diagnostics, d => d.Id == "DFGEN01" && d.GetMessage().Contains("no table"));
    }

    [Fact]
    public void A_report_whose_first_member_is_not_its_edition_is_refused()
    {
        var run = Run("""
            namespace Demo;
            public sealed record Row { public required int? A { get; init; } }
            public sealed record Table { public required Row Row { get; init; } }
            public sealed record Report { public required Table Table { get; init; } }
            [Disclosure.Format.Layout.EditionRecord(typeof(Report), "1")] internal static partial class DemoCatalog;
            """);

        Assert.Contains(run.Diagnostics, d => d.Id == "DFGEN01" && d.GetMessage().Contains("first member must be the edition"));
        Assert.Empty(run.Sources);
    }

    private static GeneratorRun Run(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Demo",
            [CSharpSyntaxTree.ParseText(Prelude), CSharpSyntaxTree.ParseText(source)],
            references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create(new RowWalkerGenerator()).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var result = driver.GetRunResult().Results.Single();
        return new GeneratorRun(result.Diagnostics, result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()));
    }

    private sealed record GeneratorRun(ImmutableArray<Diagnostic> Diagnostics, Dictionary<string, string> Sources)
    {
        public string Source(string hintName) =>
            Sources.TryGetValue(hintName, out var text) ? text : throw new KeyNotFoundException($"{hintName} not among {string.Join(", ", Sources.Keys)}");
    }
}
