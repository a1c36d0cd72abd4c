using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Disclosure.Format.Layout;
using Disclosure.Format.Schema.Tests.Support;
using Disclosure.Format.Schemas;
using Disclosure.Format.Tests.Support;
using Json.Schema;

namespace Disclosure.Format.Schema.Tests;

/// <summary>What the published 2021 schema states, checked against the layout catalog and the reader's rules.</summary>
public sealed class SchemaContentTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(DisclosureSchemas.GetJson(ReportEdition.Edition2021))!.AsObject();

    private static readonly HashSet<string> AllowedKeywords =
    [
        "$schema", "$id", "$ref", "title", "description", "type", "enum", "additionalProperties", "required",
        "properties", "definitions", "allOf", "anyOf", "minimum", "maximum", "format", "pattern",
    ];

    [Fact]
    public void It_is_a_versioned_draft_07_schema()
    {
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)Schema["$schema"]);
        Assert.Equal("urn:disclosure-format:schema:disclosure-report:2021:v1", (string?)Schema["$id"]);
        Assert.Equal(DisclosureSchemaGenerator.GetSchemaId(ReportEdition.Edition2021), (string?)Schema["$id"]);
        Assert.Equal("中华人民共和国政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）", (string?)Schema["title"]);
    }

    [Fact]
    public void It_passes_the_draft_07_meta_schema_and_loads_with_unknown_keywords_forbidden()
    {
        using var document = JsonDocument.Parse(DisclosureSchemas.GetJson(ReportEdition.Edition2021));
        var meta = MetaSchemas.Draft7.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(meta.IsValid);
        _ = NetValidator.Load(DisclosureSchemas.GetJson(ReportEdition.Edition2021));

        // The strict dialect really refuses what NJsonSchema's raw output contains.
        const string nonStandard = """{"$schema":"http://json-schema.org/draft-07/schema#","type":"integer","x-enumNames":["A"]}""";
        var refused = Assert.ThrowsAny<Exception>(() => NetValidator.Load(nonStandard));
        Assert.Contains("x-enumNames", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void It_uses_only_standard_keywords_and_closes_every_object()
    {
        foreach (var (pointer, schema) in Subschemas(Schema, ""))
        {
            Assert.All(schema.Select(p => p.Key), k => Assert.True(AllowedKeywords.Contains(k), $"{pointer}: keyword {k}"));
            if (schema["type"] is JsonValue type && (string?)type == "object")
            {
                Assert.False((bool?)schema["additionalProperties"] ?? true, $"{pointer} is not closed");
                Assert.NotNull(schema["required"]);
            }

            if (schema["format"] is { } format)
            {
                Assert.Equal("date", (string?)format);
            }
        }
    }

    [Fact]
    public void Every_property_has_a_chinese_title_and_a_description()
    {
        foreach (var (pointer, schema) in Subschemas(Schema, "").Where(s => s.Pointer.Contains("/properties/", StringComparison.Ordinal)))
        {
            if (pointer.EndsWith("/allOf/0", StringComparison.Ordinal) || pointer.Contains("/anyOf/", StringComparison.Ordinal))
            {
                continue;
            }

            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string?)schema["title"] ?? "");
            Assert.False(string.IsNullOrWhiteSpace((string?)schema["description"]), pointer);
        }
    }

    [Fact]
    public void The_edition_is_pinned_and_required()
    {
        var edition = Schema["properties"]!["edition"]!;
        Assert.Equal("string", (string?)edition["type"]);
        Assert.Equal(["2021"], edition["enum"]!.AsArray().Select(n => (string?)n));
        Assert.Equal("edition", (string?)Schema["required"]![0]);
        Assert.Equal("edition", Schema["properties"]!.AsObject().First().Key);
    }

    [Fact]
    public void Every_cell_has_its_catalog_title_and_its_kind_of_number()
    {
        foreach (var cell in LayoutCatalog.Edition2021.Cells)
        {
            var schema = At(cell.Pointer);
            Assert.Equal(cell.Column.Label, (string?)schema["title"]);
            Assert.Null(schema["multipleOf"]);
            Assert.Equal(0m, (decimal)schema["minimum"]!);
            var (type, maximum) = cell.ValueKind switch
            {
                CellValueKind.Count => ("integer", (decimal)int.MaxValue),
                CellValueKind.Amount => ("number", decimal.MaxValue),
                _ => throw new InvalidOperationException(cell.ValueKind.ToString()),
            };
            Assert.Equal([type, "null"], schema["type"]!.AsArray().Select(n => (string?)n));
            Assert.Equal(maximum, (decimal)schema["maximum"]!);
        }
    }

    [Fact]
    public void Every_row_and_section_has_its_catalog_label_as_title()
    {
        var catalog = LayoutCatalog.Edition2021;
        foreach (var row in catalog.Tables.SelectMany(t => t.Rows).Where(r => r.Pointer is not null))
        {
            Assert.Equal(row.Label, (string?)At(row.Pointer!)["title"]);
        }

        foreach (var section in catalog.Sections)
        {
            Assert.Equal(section.Label, (string?)At(section.Pointer)["title"]);
            Assert.All(section.Parts, p => Assert.Equal(p.Label, (string?)At(p.Pointer)["title"]));
        }
    }

    [Theory]
    [InlineData("/metadata/title")]
    [InlineData("/metadata/publishedOn")]
    [InlineData("/metadata/sourceUrl")]
    [InlineData("/preamble")]
    [InlineData("/overview/proactiveDisclosure")]
    [InlineData("/overview/disclosureOnRequest")]
    [InlineData("/overview/informationManagement")]
    [InlineData("/overview/platformConstruction")]
    [InlineData("/overview/oversightAndSafeguards")]
    [InlineData("/otherMatters/processingFees")]
    public void Optional_members_are_not_required_and_accept_null_as_the_reader_does(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        var owner = slash == 0 ? Schema : Definition(At(pointer.Substring(0, slash)));
        Assert.DoesNotContain(pointer.Substring(slash + 1), owner["required"]!.AsArray().Select(n => (string?)n));
        var schema = At(pointer);
        var allowsNull = schema["type"] is JsonArray types
            ? types.Any(t => (string?)t == "null")
            : schema["anyOf"]!.AsArray().Any(s => (string?)s!["type"] == "null");
        Assert.True(allowsNull, pointer);

        // Explicit null, and leaving the member out, are both accepted by the reader and by the schema.
        var document = JsonNode.Parse(File.ReadAllText(Paths.Fixture("2021", "valid-shili-township-2021.json")))!;
        var parent = pointer.Substring(1, slash == 0 ? 0 : slash - 1) is var path && path.Length > 0 ? document[path]!.AsObject() : document.AsObject();
        foreach (var omit in new[] { false, true })
        {
            if (omit) parent.Remove(pointer.Substring(slash + 1));
            else parent[pointer.Substring(slash + 1)] = null;
            var bytes = System.Text.Encoding.UTF8.GetBytes(document.ToJsonString());
            Assert.True(Disclosure.Format.Json.DisclosureJson.Read(bytes).Succeeded, pointer);
            Assert.Equal(Verdict.Valid, NetValidator.Evaluate(ReportEdition.Edition2021, bytes).Verdict);
        }
    }

    [Fact]
    public void Required_texts_tables_and_metadata_do_not_accept_null()
    {
        foreach (var pointer in new[] { "/metadata", "/metadata/agency", "/metadata/year", "/overview", "/overview/text", "/proactiveDisclosure", "/applications", "/reviewAndLitigation", "/problemsAndImprovements", "/otherMatters", "/otherMatters/text" })
        {
            var schema = At(pointer);
            Assert.True(schema["type"] is JsonValue || schema["allOf"] is not null, pointer);
        }
    }

    [Fact]
    public void The_date_pattern_accepts_exactly_the_dates_the_reader_accepts()
    {
        var pattern = new Regex((string)At("/metadata/publishedOn")["pattern"]!, RegexOptions.CultureInvariant);
        string[] monthDays = ["01-01", "01-31", "01-32", "02-28", "02-29", "02-30", "03-31", "04-30", "04-31", "06-31", "09-31", "11-30", "11-31", "12-31", "12-32", "00-10", "13-01", "05-00"];
        var checkedCount = 0;
        for (var year = 0; year <= 9999; year++)
        {
            foreach (var monthDay in monthDays)
            {
                var text = year.ToString("0000", CultureInfo.InvariantCulture) + "-" + monthDay;
                var reader = DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
                if (reader != pattern.IsMatch(text))
                {
                    Assert.Fail($"{text}: the reader {(reader ? "accepts" : "rejects")} it, the pattern does not agree");
                }

                checkedCount++;
            }
        }

        foreach (var text in new[] { "２０２３-01-31", "٢٠٢٣-01-31", "2023-1-31", "23-01-31", " 2023-01-31", "2023-01-31 ", "2023-01-31T00:00:00", "20230131", "2023/01/31", "+2023-01-31" })
        {
            Assert.False(DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), text);
            Assert.False(pattern.IsMatch(text), text);
        }

        Assert.Equal(10_000 * monthDays.Length, checkedCount);
    }

    [Fact]
    public void Generation_is_deterministic_and_write_files_writes_the_committed_bytes()
    {
        Assert.Equal(DisclosureSchemaGenerator.Generate(ReportEdition.Edition2021), DisclosureSchemaGenerator.Generate(ReportEdition.Edition2021));
        var directory = Path.Combine(Path.GetTempPath(), "df-schema-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = DisclosureSchemaGenerator.WriteFiles(directory);
            Assert.Equal(DisclosureSchemaGenerator.Editions.Count, written.Count);
            foreach (var edition in DisclosureSchemaGenerator.Editions)
            {
                var expected = new MemoryStream();
                using (var embedded = DisclosureSchemas.OpenRead(edition)) embedded.CopyTo(expected);
                Assert.Equal(expected.ToArray(), File.ReadAllBytes(Path.Combine(directory, DisclosureSchemas.GetFileName(edition))));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        Assert.Throws<ArgumentNullException>(() => DisclosureSchemaGenerator.WriteFiles(null!));
    }

    /// <summary>
    /// The <c>$id</c> carries <see cref="DisclosureSchemaGenerator.Revision"/>, which must change whenever the schema
    /// starts to accept or reject other documents. This pins a hash of each edition's contract (the schema without
    /// titles, descriptions and <c>$id</c>) per revision: when the contract changes, bump the revision and record the
    /// new hash here; when only prose changes, nothing needs to.
    /// </summary>
    [Fact]
    public void A_change_of_the_contract_comes_with_a_new_revision()
    {
        var contracts = new Dictionary<(ReportEdition Edition, int Revision), string>
        {
            [(ReportEdition.Edition2021, 1)] = "052C9BE1FB1D9A6B5ABF450B1004065ACFE3BCCBF1F00601FB3CEEFF6F474A11",
            [(ReportEdition.Edition2019, 1)] = "B1873BFC4ABD2E26BCE4C36522981A86EF542F3F6D95365858F2190B7A751636",
        };
        var checkedAny = false;
        foreach (var edition in DisclosureSchemas.Editions)
        {
            if (!contracts.TryGetValue((edition, DisclosureSchemaGenerator.Revision), out var expected))
            {
                continue; // An edition whose contract is not pinned yet.
            }

            var contract = JsonNode.Parse(DisclosureSchemas.GetJson(edition))!.AsObject();
            StripProse(contract);
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(contract.ToJsonString())));
            Assert.True(expected == hash,
                $"The {edition} schema's contract changed (hash {hash}). If documents are now accepted or rejected differently, bump DisclosureSchemaGenerator.Revision; record the hash here.");
            checkedAny = true;
        }

        Assert.True(checkedAny);
    }

    private static void StripProse(JsonObject schema)
    {
        schema.Remove("title");
        schema.Remove("description");
        schema.Remove("$id");
        foreach (var container in new[] { "properties", "definitions" })
        {
            foreach (var (_, child) in schema[container]?.AsObject() ?? [])
            {
                StripProse(child!.AsObject());
            }
        }

        foreach (var combinator in new[] { "allOf", "anyOf" })
        {
            foreach (var child in schema[combinator]?.AsArray() ?? [])
            {
                StripProse(child!.AsObject());
            }
        }
    }

    /// <summary>The property schema at a document pointer, following <c>allOf</c>/<c>anyOf</c> references into definitions.</summary>
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

    private static IEnumerable<(string Pointer, JsonObject Schema)> Subschemas(JsonObject schema, string pointer)
    {
        yield return (pointer, schema);
        foreach (var container in new[] { "properties", "definitions" })
        {
            foreach (var (name, child) in schema[container]?.AsObject() ?? [])
            {
                foreach (var nested in Subschemas(child!.AsObject(), $"{pointer}/{container}/{name}"))
                {
                    yield return nested;
                }
            }
        }

        foreach (var combinator in new[] { "allOf", "anyOf" })
        {
            var items = schema[combinator]?.AsArray() ?? [];
            for (var i = 0; i < items.Count; i++)
            {
                foreach (var nested in Subschemas(items[i]!.AsObject(), $"{pointer}/{combinator}/{i}"))
                {
                    yield return nested;
                }
            }
        }
    }
}
