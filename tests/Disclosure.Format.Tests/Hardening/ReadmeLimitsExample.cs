using Disclosure.Format.Diagnostics;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Hardening;

/// <summary>The README's JSON Lines and limits example, compiled and run (see <see cref="ReadmeExamples"/>).</summary>
public sealed class ReadmeLimitsExample
{
    [Fact]
    public void Json_lines_example_reads_each_line_within_the_limit()
    {
        // No change of the current directory: other tests run in parallel.
        var folder = Directory.CreateTempSubdirectory("disclosure-readme-").FullName;
        var path = Path.Combine(folder, "reports.jsonl");
        try
        {
            var compact = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.json")))!.ToJsonString();
            var huge = "{\"edition\":\"2021\",\"preamble\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";
            File.WriteAllLines(path, [compact, compact, huge, compact]);
            var agencies = new List<string>();
            var problems = new List<Diagnostic>();

            // README: jsonlines
            // Read a JSON Lines file (one report per line) lazily: memory stays bounded by the longest line,
            // and a line over the limit (here 1 MiB) is reported as DF5000 and skipped.
            var options = new DisclosureJsonOptions { MaxDocumentBytes = 1024 * 1024 };
            using var input = File.OpenRead(path);
            foreach (ReadResult line in DisclosureJson.ReadLines(input, "reports.jsonl", options))
            {
                if (line.Succeeded) agencies.Add($"line {line.Line}: {line.Report!.Metadata.Agency}");
                else problems.Add(line.Diagnostics[0]); // error DF5000 at reports.jsonl(3,1): The line is 2097184 bytes, over the limit...
            }
            // END README

            Assert.Equal(["line 1: 渠县商务局", "line 2: 渠县商务局", "line 4: 渠县商务局"], agencies);
            var problem = Assert.Single(problems);
            Assert.Equal(LimitCodes.DocumentTooLarge, problem.Code);
            Assert.Equal(3, problem.Location!.Line);
            Assert.StartsWith("error DF5000 at reports.jsonl(3,1): The line is 2097184 bytes, over the limit", problem.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
