using System.Text.Json;
using Disclosure.Format.Schemas;
using Disclosure.Format.Tests.Support;
using Json.Schema;

namespace Disclosure.Format.Schema.Tests;

/// <summary>
/// The README's C# validation example, run as written (the console became a list; the schema is built once, as the
/// README says, because JsonSchema.Net registers its <c>$id</c> globally and refuses to build it twice).
/// </summary>
public sealed class ReadmeExampleTests
{
    private static readonly JsonSchema ReadmeSchema =
        JsonSchema.FromText(DisclosureSchemas.GetJson(ReportEdition.Edition2021)); // build once, reuse

    [Fact]
    public void The_readme_example_reports_the_errors_of_an_invalid_document_and_none_for_a_valid_one()
    {
        // The valid fixture has processingFees, whose "null" branch of anyOf fails: it must not be reported.
        Assert.Equal(["valid"], Run(Paths.Fixture("2021", "valid-shili-township-2021.json")));
        Assert.Equal(["invalid", "/applications/outcomes/disclosed/naturalPerson: -1 should be at least 0"],
            Run(Paths.Fixture("2021", "invalid-negative-count.json")));
    }

    private static List<string> Run(string path)
    {
        var console = new List<string>();
        // --- README: "C# with JsonSchema.Net 8" ---
        var schema = ReadmeSchema;
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        console.Add(results.IsValid ? "valid" : "invalid");
        Print(results);

        // Errors on failing paths only: the failed "null" branch of an anyOf that passed is no error.
        void Print(EvaluationResults node)
        {
            if (node.IsValid) return;
            foreach (var error in node.Errors ?? new Dictionary<string, string>())
                console.Add($"{node.InstanceLocation}: {error.Value}");
            foreach (var child in node.Details ?? []) Print(child);
        }

        // --- end ---
        return console;
    }
}
