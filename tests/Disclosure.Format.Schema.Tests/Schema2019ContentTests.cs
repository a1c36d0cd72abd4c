using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Schema.Tests.Support;
using Disclosure.Format.Schemas;
using Disclosure.Format.Tests.Support;
using Json.Schema;

namespace Disclosure.Format.Schema.Tests;

/// <summary>What the published 2019 schema states, checked against the 2019 layout catalog and the reader.</summary>
public sealed class Schema2019ContentTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(DisclosureSchemas.GetJson(ReportEdition.Edition2019))!.AsObject();

    [Fact]
    public void It_is_a_versioned_draft_07_schema_of_the_trial_edition()
    {
        Assert.Contains(ReportEdition.Edition2019, DisclosureSchemas.Editions);
        Assert.Contains(ReportEdition.Edition2019, DisclosureSchemaGenerator.Editions);
        Assert.Equal("disclosure-report-2019.schema.json", DisclosureSchemas.GetFileName(ReportEdition.Edition2019));
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)Schema["$schema"]);
        Assert.Equal("urn:disclosure-format:schema:disclosure-report:2019:v1", (string?)Schema["$id"]);
        Assert.Equal("中华人民共和国政府信息公开工作年度报告格式（试行）（国办公开办函〔2019〕60号）", (string?)Schema["title"]);

        using var document = JsonDocument.Parse(DisclosureSchemas.GetJson(ReportEdition.Edition2019));
        Assert.True(MetaSchemas.Draft7.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid);
        _ = NetValidator.Load(DisclosureSchemas.GetJson(ReportEdition.Edition2019));
    }

    [Fact]
    public void The_edition_is_pinned_to_2019()
    {
        var edition = Schema["properties"]!["edition"]!;
        Assert.Equal(["2019"], edition["enum"]!.AsArray().Select(n => (string?)n));
        Assert.Equal("edition", (string?)Schema["required"]![0]);
    }

    [Fact]
    public void Every_cell_has_its_catalog_title_and_its_kind_of_number()
    {
        foreach (var cell in LayoutCatalog.Edition2019.Cells)
        {
            var schema = At(cell.Pointer);
            Assert.Equal(cell.Column.Label, (string?)schema["title"]);
            var (type, minimum, maximum) = cell.ValueKind switch
            {
                CellValueKind.Count => ("integer", 0m, (decimal)int.MaxValue),
                CellValueKind.SignedCount => ("integer", (decimal)int.MinValue, (decimal)int.MaxValue),
                CellValueKind.Amount => ("number", 0m, decimal.MaxValue),
                _ => throw new InvalidOperationException(cell.ValueKind.ToString()),
            };
            Assert.Equal([type, "null"], schema["type"]!.AsArray().Select(n => (string?)n));
            Assert.Equal(minimum, (decimal)schema["minimum"]!);
            Assert.Equal(maximum, (decimal)schema["maximum"]!);
        }
    }

    [Fact]
    public void Every_row_and_section_has_its_catalog_label_as_title()
    {
        var catalog = LayoutCatalog.Edition2019;
        foreach (var row in catalog.Tables.SelectMany(t => t.Rows).Where(r => r.Pointer is not null))
        {
            Assert.Equal(row.Label, (string?)At(row.Pointer!)["title"]);
        }

        foreach (var section in catalog.Sections)
        {
            Assert.Equal(section.Label, (string?)At(section.Pointer)["title"]);
        }

        // （六）其他处理 is one row of seven cells, not an object of three sub-rows.
        Assert.Equal("#/definitions/ApplicantCounts", (string?)At("/applications/outcomes/otherHandling")["allOf"]![0]!["$ref"]);
    }

    [Fact]
    public void The_printed_procurement_amount_is_optional_and_nullable_as_the_reader_has_it()
    {
        var owner = Definition(At("/proactiveDisclosure/centralizedProcurement"));
        Assert.DoesNotContain("totalAmountText", owner["required"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["string", "null"], At("/proactiveDisclosure/centralizedProcurement/totalAmountText")["type"]!.AsArray().Select(n => (string?)n));

        var document = JsonNode.Parse(File.ReadAllText(Paths.Fixture("2019", "valid-shili-township-2020.json")))!;
        var procurement = document["proactiveDisclosure"]!["centralizedProcurement"]!.AsObject();
        foreach (var value in new JsonNode?[] { null, JsonValue.Create("251000元") })
        {
            procurement["totalAmountText"] = value;
            var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());
            Assert.True(DisclosureJson.Read(bytes).Succeeded);
            Assert.Equal(Verdict.Valid, NetValidator.Evaluate(ReportEdition.Edition2019, bytes).Verdict);
        }

        procurement.Remove("totalAmountText");
        procurement["totalAmount"] = JsonValue.Create("251000元");
        var text = Encoding.UTF8.GetBytes(document.ToJsonString());
        Assert.False(DisclosureJson.Read(text).Succeeded);
        Assert.Equal(Verdict.Invalid, NetValidator.Evaluate(ReportEdition.Edition2019, text).Verdict);
    }

    [Fact]
    public void A_document_of_one_edition_fails_the_other_editions_schema()
    {
        var bytes2019 = File.ReadAllBytes(Paths.Fixture("2019", "valid-shili-housing-2020.json"));
        var bytes2021 = File.ReadAllBytes(Paths.Fixture("2021", "valid-shili-housing-2021.json"));
        Assert.Equal(Verdict.Valid, NetValidator.Evaluate(ReportEdition.Edition2019, bytes2019).Verdict);
        Assert.Equal(Verdict.Invalid, NetValidator.Evaluate(ReportEdition.Edition2021, bytes2019).Verdict);
        Assert.Equal(Verdict.Invalid, NetValidator.Evaluate(ReportEdition.Edition2019, bytes2021).Verdict);
    }

    private static JsonObject At(string pointer)
    {
        JsonObject current = Schema;
        JsonObject property = Schema;
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            property = current["properties"]?[segment]?.AsObject() ?? throw new InvalidOperationException($"{pointer}: no property {segment}");
            current = Definition(property);
        }

        return property;
    }

    private static JsonObject Definition(JsonObject property)
    {
        var reference = (property["allOf"] ?? property["anyOf"])?.AsArray().Select(s => (string?)s?["$ref"]).FirstOrDefault(r => r is not null);
        return reference is null ? property : Schema["definitions"]![reference["#/definitions/".Length..]]!.AsObject();
    }
}
