using System.Text.Json;
using Disclosure.Format.Schemas;
using Disclosure.Format.Tests.Support;
using Json.Schema;

namespace Disclosure.Format.Schema.Tests;

/// <summary>
/// The README's C# schema-validation example, compiled and run (the core tests'
/// <c>ReadmeExamples.The_readme_shows_the_tested_examples</c> keeps the README's copy identical). It runs once per
/// process: JsonSchema.Net registers the schema's <c>$id</c> globally, as the example's comment says.
/// </summary>
public sealed class ReadmeExampleTests
{
    /// <summary>Stands in for <see cref="System.Console"/> so the example's output can be checked.</summary>
    private static class Console
    {
        public static List<string> Lines { get; } = [];

        public static void WriteLine(object? value) => Lines.Add(value?.ToString() ?? "");
    }

    [Fact]
    public void The_readme_schema_example_reports_the_errors_on_failing_paths_only()
    {
        // The document has processingFees, so the "null" branch of its anyOf fails: that must not be printed.
        var folder = Path.Combine(Path.GetTempPath(), "df-readme-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var previous = Directory.GetCurrentDirectory();
        try
        {
            File.Copy(Paths.Fixture("2021", "invalid-negative-count.json"), Path.Combine(folder, "report.json"));
            Assert.Contains("\"processingFees\"", File.ReadAllText(Path.Combine(folder, "report.json")), StringComparison.Ordinal);
            Directory.SetCurrentDirectory(folder);

            // README: schema-validation
            // Build once and reuse: JsonSchema.Net registers the $id globally and refuses to build the same schema twice.
            var schema = JsonSchema.FromText(DisclosureSchemas.GetJson(ReportEdition.Edition2021));
            using var document = JsonDocument.Parse(File.ReadAllBytes("report.json"));
            var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
            Console.WriteLine(results.IsValid ? "valid" : "invalid");
            Print(results);

            // Errors on failing paths only: the failed "null" branch of an anyOf that passed is no error.
            static void Print(EvaluationResults node)
            {
                if (node.IsValid) return;
                foreach (var error in node.Errors ?? new Dictionary<string, string>())
                    Console.WriteLine($"{node.InstanceLocation}: {error.Value}");
                foreach (var child in node.Details ?? []) Print(child);
            }
            // END README

            Assert.Equal(["invalid", "/applications/outcomes/disclosed/naturalPerson: -1 should be at least 0"], Console.Lines);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            Directory.Delete(folder, recursive: true);
        }
    }
}
