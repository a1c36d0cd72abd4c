using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Disclosure.Format.Json;
using Disclosure.Format.Model;
using Disclosure.Format.Validation;
using Json.Schema;

namespace Disclosure.Format.Benchmarks;

/// <summary>
/// One report (the seed) read, written and checked, next to the floor (a bare <see cref="Utf8JsonReader"/> pass over the
/// same bytes, the baseline) and to what a partner would run instead: the committed schema evaluated with JsonSchema.Net
/// and with NJsonSchema.
/// </summary>
public class JsonBenchmarks
{
    private byte[] bytes = [];
    private string text = "";
    private DisclosureReport report = null!;
    private JsonSchema jsonSchemaNet = null!;
    private NJsonSchema.JsonSchema njsonSchema = null!;
    private readonly EvaluationOptions flag = new() { OutputFormat = OutputFormat.Flag };

    [GlobalSetup]
    public void Setup()
    {
        bytes = Inputs.SeedBytes();
        text = Encoding.UTF8.GetString(bytes);
        report = DisclosureJson.Read(bytes).GetReportOrThrow();
        var schema = Inputs.SchemaText();
        jsonSchemaNet = JsonSchema.FromText(schema);
        njsonSchema = NJsonSchema.JsonSchema.FromJsonAsync(schema).GetAwaiter().GetResult();
        // Measure the success path only: the seed must be valid for every contender.
        if (!JsonSchemaNet() || !NJsonSchemaValidator() || Read() is null || ReadAndValidate() is not { HasErrors: false })
        {
            throw new InvalidOperationException("The seed is not valid for every contender.");
        }
    }

    [Benchmark(Baseline = true, Description = "floor: Utf8JsonReader pass")]
    public int BareReader()
    {
        var reader = new Utf8JsonReader(bytes);
        var tokens = 0;
        while (reader.Read()) tokens++;
        return tokens;
    }

    /// <summary>Not a target: the floor plus decoding every string, to show what materialising the text costs.</summary>
    [Benchmark(Description = "ref: reader pass + decode strings")]
    public int BareReaderWithStrings()
    {
        var reader = new Utf8JsonReader(bytes);
        var chars = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String) chars += reader.GetString()!.Length;
        }

        return chars;
    }

    [Benchmark(Description = "JSON read")]
    public DisclosureReport? Read() => DisclosureJson.Read(bytes).Report;

    [Benchmark(Description = "JSON write")]
    public byte[] Write() => DisclosureJson.SerializeToUtf8Bytes(report);

    [Benchmark(Description = "validate")]
    public ValidationResult Validate() => DisclosureValidator.Validate(report);

    [Benchmark(Description = "read + validate")]
    public ValidationResult? ReadAndValidate() => DisclosureJson.Read(bytes).Report is { } read ? DisclosureValidator.Validate(read) : null;

    [Benchmark(Description = "alt: JsonSchema.Net evaluate")]
    public bool JsonSchemaNet()
    {
        using var document = JsonDocument.Parse(bytes);
        return jsonSchemaNet.Evaluate(document.RootElement, flag).IsValid;
    }

    [Benchmark(Description = "alt: NJsonSchema validate")]
    public bool NJsonSchemaValidator() => njsonSchema.Validate(text).Count == 0;
}
