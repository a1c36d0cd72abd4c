using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Disclosure.Format.Json;
using Disclosure.Format.Validation;
using Json.Schema;

namespace Disclosure.Format.Benchmarks;

/// <summary>
/// A JSON Lines file of many reports (the seed, one per line) read as a stream, next to the floor (one bare
/// <see cref="Utf8JsonReader"/> pass over all the documents) and to the schema evaluated line by line.
/// </summary>
public class StreamingBenchmarks
{
    private byte[] input = [];
    private JsonSchema jsonSchemaNet = null!;
    private readonly EvaluationOptions flag = new() { OutputFormat = OutputFormat.Flag };

    [Params(100, 1000)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        input = Inputs.JsonLines(Reports);
        jsonSchemaNet = JsonSchema.FromText(Inputs.SchemaText());
        if (ReadLines() != Reports || ReadLinesAndValidate() != Reports || JsonSchemaNetPerLine() != Reports) throw new InvalidOperationException("Not every line is valid.");
    }

    [Benchmark(Baseline = true, Description = "floor: Utf8JsonReader pass over all lines")]
    public int BareReader()
    {
        var reader = new Utf8JsonReader(input, new JsonReaderOptions { AllowMultipleValues = true });
        var tokens = 0;
        while (reader.Read()) tokens++;
        return tokens;
    }

    [Benchmark(Description = "ReadLines (stream)")]
    public int ReadLines()
    {
        var valid = 0;
        using var stream = new MemoryStream(input, writable: false);
        foreach (var result in DisclosureJson.ReadLines(stream))
        {
            if (result.Succeeded) valid++;
        }

        return valid;
    }

    [Benchmark(Description = "ReadLines + validate (stream)")]
    public int ReadLinesAndValidate()
    {
        var valid = 0;
        using var stream = new MemoryStream(input, writable: false);
        foreach (var result in DisclosureJson.ReadLines(stream))
        {
            if (result.Report is { } report && !DisclosureValidator.Validate(report).HasErrors) valid++;
        }

        return valid;
    }

    [Benchmark(Description = "alt: JsonSchema.Net per line")]
    public int JsonSchemaNetPerLine()
    {
        var valid = 0;
        var rest = input.AsMemory();
        while (rest.Length > 0)
        {
            var end = rest.Span.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            using var document = JsonDocument.Parse(line);
            if (jsonSchemaNet.Evaluate(document.RootElement, flag).IsValid) valid++;
        }

        return valid;
    }
}
