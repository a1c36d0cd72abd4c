using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Rendering;
using Disclosure.Format.Schema;
using Disclosure.Format.Validation;
using NJsonSchema;

namespace Disclosure.Format.RowProof.Tests;

/// <summary>
/// The promise of issue 16: a new row is one declaration plus its record. The library under test is the core built
/// from src/ with a ninth 不予公开 reason added to <see cref="WithheldReasons"/> and to the shared T3 declaration, and
/// nothing else; these tests show the model, the catalog, both JSON read paths, the rules, the schema, the text
/// importer and the renderer all carry it.
/// </summary>
public sealed class AddedRowTests
{
    private const string Row = "/applications/outcomes/withheld/exampleNinthReason";
    private const string Label = "9.属于示例新增理由";

    public static TheoryData<ReportEdition> Editions => new() { ReportEdition.Edition2021, ReportEdition.Edition2019 };

    [Fact]
    public void The_proof_changes_the_record_and_the_declaration_by_added_lines_only()
    {
        AssertOnlyAdded("src/Disclosure.Format/Model/WithheldReasons.cs", "tests/Disclosure.Format.RowProof/Declaration/WithheldReasons.cs", 4);
        AssertOnlyAdded("src/Disclosure.Format/Layout/SharedLayout.cs", "tests/Disclosure.Format.RowProof/Declaration/SharedLayout.cs", 1);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_catalog_has_the_row_with_its_seven_cells_after_the_eighth_reason(ReportEdition edition)
    {
        var catalog = LayoutCatalog.For(edition);
        var t3 = catalog.GetTable("T3");
        var row = t3.Rows.Single(r => r.Key == "outcomes.withheld.exampleNinthReason");
        Assert.Equal(Label, row.Label);
        Assert.Equal(Row, row.Pointer);
        Assert.Equal("outcomes.withheld", row.Parent!.Key);
        Assert.Equal(7, row.Cells.Count);
        var eighth = t3.Rows.Single(r => r.Key == "outcomes.withheld.administrativeInquiry");
        Assert.Equal(eighth.Cells[^1].Index + 1, row.Cells[0].Index);
        Assert.Equal(Row + "/naturalPerson", row.Cells[0].Pointer);
        Assert.Equal(edition == ReportEdition.Edition2021 ? 200 + 7 : 198 + 7, catalog.Cells.Count);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void A_report_assembled_from_cells_carries_the_row_to_the_record_and_back(ReportEdition edition)
    {
        var report = Report(edition, 3);
        var withheld = Withheld(report);
        Assert.Equal(3, withheld.ExampleNinthReason.NaturalPerson);
        Assert.Equal(3, withheld.ExampleNinthReason.Total);
        var catalog = LayoutCatalog.For(edition);
        Assert.Equal(3m, catalog.FindCell(Row + "/total")!.GetValue(report));
        Assert.Equal(catalog.ReadCells(report), catalog.ReadCells(catalog.CreateReport(report.Metadata, catalog.ReadCells(report))));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Both_json_read_paths_read_the_row(ReportEdition edition)
    {
        var report = Report(edition, 3);
        var bytes = DisclosureJson.SerializeToUtf8Bytes(report);
        var written = JsonNode.Parse(bytes)!["applications"]!["outcomes"]!["withheld"]!["exampleNinthReason"]!;
        Assert.Equal(3, (int)written["naturalPerson"]!);

        var fast = FastReportReader.TryRead(bytes);
        Assert.NotNull(fast); // the single-pass reader read it, not declined
        Assert.Equal(report, fast);
        var strict = DisclosureJson.ReadStrict(bytes, null, null);
        Assert.True(strict.Succeeded);
        Assert.Equal(report, strict.Report);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Without_the_row_the_fast_path_declines_and_the_strict_path_names_it(ReportEdition edition)
    {
        var without = WithoutTheRow(DisclosureJson.Serialize(Report(edition, 3)));

        Assert.Null(FastReportReader.TryRead(Encoding.UTF8.GetBytes(without)));
        var result = DisclosureJson.Read(without);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(Row, error.Pointer);
        Assert.Contains("exampleNinthReason", error.Message);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_rules_count_the_row_among_the_outcomes(ReportEdition edition)
    {
        Assert.True(DisclosureValidator.Validate(Report(edition, 3)).Succeeded);

        // The ninth reason's 3 applications are left out of （七）总计: the outcome-total rule names the new cell.
        var catalog = LayoutCatalog.For(edition);
        var cells = catalog.ReadCells(Report(edition, 3));
        cells[catalog.FindCell("/applications/outcomes/total/naturalPerson")!.Index] = 0;
        cells[catalog.FindCell("/applications/outcomes/total/total")!.Index] = 0;
        var broken = catalog.CreateReport(Metadata(edition), cells);
        var result = DisclosureValidator.Validate(broken);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Pointer == "/applications/outcomes/total/naturalPerson"
            && d.Expected == 3 && d.RelatedPointers.Contains(Row + "/naturalPerson"));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public async Task The_schema_requires_the_row_and_validates_a_report_with_it(ReportEdition edition)
    {
        var schemaText = DisclosureSchemaGenerator.Generate(edition);
        Assert.Contains("exampleNinthReason", schemaText);
        Assert.Contains(Label, schemaText); // the description comes from the record's XML documentation
        var schema = await JsonSchema.FromJsonAsync(schemaText, TestContext.Current.CancellationToken);

        var json = DisclosureJson.Serialize(Report(edition, 3));
        Assert.Empty(schema.Validate(json));
        Assert.NotEmpty(schema.Validate(WithoutTheRow(json)));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_renderer_writes_the_row_and_the_text_importer_reads_it_back(ReportEdition edition)
    {
        var report = Report(edition, 3);
        foreach (var shape in Enum.GetValues<TextShape>())
        {
            var text = ReportTextRenderer.RenderReport(report, shape);
            Assert.Contains(Label, text);
            var imported = ReportTextImporter.Import(text);
            Assert.True(imported.Succeeded, shape + ": " + string.Join("; ", imported.Diagnostics.Select(d => d.Message)));
            var withheld = Withheld(imported.Report!);
            Assert.Equal(3, withheld.ExampleNinthReason.NaturalPerson);
            Assert.Equal(3, withheld.ExampleNinthReason.Total);
            Assert.Equal(0, withheld.AdministrativeInquiry.NaturalPerson);
        }

        Assert.Contains(Label, ReportTextRenderer.RenderMarkdown(report));
    }

    /// <summary>A consistent report: every cell 0 but <paramref name="n"/> applications received and withheld for the ninth reason.</summary>
    private static DisclosureReport Report(ReportEdition edition, int n)
    {
        var catalog = LayoutCatalog.For(edition);
        var cells = new decimal?[catalog.Cells.Count];
        Array.Fill(cells, 0m);
        foreach (var pointer in new[] { "/applications/newlyReceived", Row, "/applications/outcomes/total" })
        {
            cells[catalog.FindCell(pointer + "/naturalPerson")!.Index] = n;
            cells[catalog.FindCell(pointer + "/total")!.Index] = n;
        }

        return catalog.CreateReport(Metadata(edition), cells);
    }

    private static string WithoutTheRow(string json)
    {
        var document = JsonNode.Parse(json)!;
        Assert.True(document["applications"]!["outcomes"]!["withheld"]!.AsObject().Remove("exampleNinthReason"));
        return document.ToJsonString();
    }

    private static ReportMetadata Metadata(ReportEdition edition) =>
        new() { Agency = "示例市示例局", Year = edition == ReportEdition.Edition2021 ? 2023 : 2020 };

    private static WithheldReasons Withheld(DisclosureReport report) => report switch
    {
        DisclosureReport2021 r => r.Applications.Outcomes.Withheld,
        DisclosureReport2019 r => r.Applications.Outcomes.Withheld,
        _ => throw new ArgumentException("Unknown edition.", nameof(report)),
    };

    /// <summary>The proof's copy is the original with <paramref name="added"/> lines inserted, and nothing else changed.</summary>
    private static void AssertOnlyAdded(string original, string copy, int added)
    {
        var root = typeof(AddedRowTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
        var a = File.ReadAllLines(Path.Combine(root, original));
        var b = File.ReadAllLines(Path.Combine(root, copy));
        Assert.Equal(a.Length + added, b.Length);
        var i = 0;
        var extra = 0;
        foreach (var line in b)
        {
            if (i < a.Length && line == a[i]) i++;
            else extra++;
        }

        Assert.Equal(a.Length, i);
        Assert.Equal(added, extra);
    }
}
