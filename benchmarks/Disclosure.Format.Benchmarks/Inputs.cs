using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Disclosure.Format.Benchmarks;

/// <summary>The documents and schema every benchmark measures: the seed report, as committed.</summary>
public static class Inputs
{
    public static string RepositoryRoot { get; } = typeof(Inputs).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The seed report (a real 2021-edition report, about 11 KB of canonical JSON).</summary>
    public static string SeedPath => Path.Combine(RepositoryRoot, "tests", "fixtures", "2021", "valid-seed-quxian-shangwuju-2023.json");

    public static byte[] SeedBytes() => File.ReadAllBytes(SeedPath);

    /// <summary>The seed report's published text (the same report as <see cref="SeedPath"/>, about 2 700 characters).</summary>
    public static string SeedTextPath => Path.Combine(RepositoryRoot, "tests", "fixtures", "2021", "valid-seed-quxian-shangwuju-2023.txt");

    /// <summary>The seed report, read.</summary>
    public static Model.DisclosureReport SeedReport() => Json.DisclosureJson.Deserialize(File.ReadAllText(SeedPath));

    /// <summary>A real report page of the shared corpus (read in place; absent where the shared folder is not beside the clone).</summary>
    public static string CorpusPagePath => Path.Combine(RepositoryRoot, "..", "shared", "corpus", "html", "115-2023-pingtan-shichang-jianduju.html");

    /// <summary>A Word file another program made: LibreOffice's conversion of a fixture's page, committed.</summary>
    public static string LibreOfficeDocxPath => Path.Combine(RepositoryRoot, "tests", "fixtures", "docx", "2021-valid-shili-city-ecology-2023.docx");

    public static string CommittedSchemaPath => Path.Combine(RepositoryRoot, "schema", "disclosure-report-2021.schema.json");

    /// <summary>
    /// The committed JSON Schema of the 2021 edition. Until it exists, a stand-in of the same shape inferred from the seed
    /// (objects with all properties required and no others, counts as non-negative integers or null, strings), so the
    /// alternatives can be measured from the first run; <see cref="SchemaIsCommitted"/> tells which one was used.
    /// </summary>
    public static string SchemaText() => SchemaIsCommitted ? File.ReadAllText(CommittedSchemaPath) : InferSchema(JsonNode.Parse(SeedBytes())!).ToJsonString();

    public static bool SchemaIsCommitted => File.Exists(CommittedSchemaPath);

    /// <summary>The seed compacted to one line, repeated: a JSON Lines input of <paramref name="count"/> reports.</summary>
    public static byte[] JsonLines(int count)
    {
        var line = Encoding.UTF8.GetBytes(JsonNode.Parse(SeedBytes())!.ToJsonString() + "\n");
        var bytes = new byte[line.Length * count];
        for (var i = 0; i < count; i++) line.CopyTo(bytes, i * line.Length);
        return bytes;
    }

    private static JsonObject InferSchema(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)InferSchema(p.Value)))),
            ["required"] = new JsonArray(o.Select(p => (JsonNode?)JsonValue.Create(p.Key)).ToArray()),
            ["additionalProperties"] = false,
        },
        JsonValue v when v.GetValueKind() == JsonValueKind.String => new JsonObject { ["type"] = "string" },
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => new JsonObject { ["type"] = new JsonArray("integer", "null"), ["minimum"] = 0 },
        _ => new JsonObject { ["type"] = new JsonArray("integer", "null"), ["minimum"] = 0 },
    };
}
