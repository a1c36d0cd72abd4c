using System.Text.Json.Nodes;
using Disclosure.Format.Schema.Tests.Support;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Schema.Tests;

/// <summary>
/// Every fixture gets the same verdict from the strict reader and from three independent schema validators:
/// JsonSchema.Net (in process), ajv in strict mode (node) and Python's jsonschema (Debian's python3-jsonschema). The
/// fixture folder is enumerated, nothing is listed by hand; <see cref="ReaderOracle"/> says which reader rules a
/// schema cannot express.
/// </summary>
public sealed class FixtureAgreementTests
{
    public static TheoryData<string> Documents() => new(FixtureEditions.WithSchema());

    [Fact]
    public void There_are_valid_and_invalid_fixtures_to_agree_on()
    {
        var files = FixtureEditions.WithSchema().Select(Path.GetFileName).ToList();
        Assert.Contains(files, f => f!.StartsWith("valid-", StringComparison.Ordinal));
        Assert.True(files.Count(f => f!.StartsWith("invalid-", StringComparison.Ordinal)) >= 10);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void JsonSchema_Net_agrees_with_the_reader(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Paths.Fixtures, relativePath));
        var expected = ReaderOracle.Expect(bytes);
        var (verdict, errors, deepest) = NetValidator.Evaluate(FixtureEditions.Of(relativePath)!.Value, bytes);

        Assert.True(expected.Verdict == verdict,
            $"{relativePath}: JsonSchema.Net says {verdict}, expected {expected.Verdict} because {expected.Reason}.\n{string.Join("\n", errors.Take(5))}");
        if (verdict == Verdict.Invalid)
        {
            // The schema's deepest error is where the reader points, or at the object that lacks/has the member.
            var pointer = expected.ReaderPointer!;
            var parent = pointer.Length == 0 ? "" : pointer.Substring(0, pointer.LastIndexOf('/'));
            // A document with several faults (a whole 2021 body labelled "2019", say): the reader stops at the first
            // in document order, the schema reports all of them, so the reader's must be one of the schema's.
            var locations = errors.Select(e => e.Substring(0, Math.Max(0, e.IndexOf(": ", StringComparison.Ordinal)))).ToHashSet(StringComparer.Ordinal);
            Assert.True(deepest == pointer || deepest == parent || locations.Contains(pointer),
                $"{relativePath}: the reader points at \"{pointer}\", the schema's deepest error is at \"{deepest}\".\n{string.Join("\n", errors.Take(5))}");
        }
    }

    [Fact]
    public void Ajv_in_strict_mode_loads_every_schema_without_warnings_and_agrees_with_the_reader()
    {
        ExternalCheckers.Require(File.Exists(Path.Combine(ExternalCheckers.ToolsDirectory, "node_modules", "ajv", "package.json")),
            "ajv (npm ci in tools/schema-check)");
        var (code, output, error) = ExternalCheckers.Run("node", Path.Combine(ExternalCheckers.ToolsDirectory, "check-ajv.mjs"), "--json");
        ExternalCheckers.Require(code != -1, "node");
        AssertAgreement("ajv", code, output, error);
    }

    [Fact]
    public void Python_jsonschema_loads_every_schema_without_warnings_and_agrees_with_the_reader()
    {
        var probe = ExternalCheckers.Run(ExternalCheckers.Python, "-c", "import jsonschema");
        ExternalCheckers.Require(probe.ExitCode == 0, $"Python's jsonschema for {ExternalCheckers.Python} (apt-get install python3-jsonschema)");
        var (code, output, error) = ExternalCheckers.Run(ExternalCheckers.Python, Path.Combine(ExternalCheckers.ToolsDirectory, "check_jsonschema.py"), "--json");
        AssertAgreement("jsonschema", code, output, error);
    }

    private static void AssertAgreement(string name, int code, string output, string error)
    {
        Assert.True(code == 0, $"{name} exited with {code}:\n{error}\n{output}");
        var report = JsonNode.Parse(output)!;
        TestContext.Current.TestOutputHelper?.WriteLine((string?)report["validator"] ?? name);

        var schemas = report["schemas"]!.AsArray();
        Assert.Equal(
            Disclosure.Format.Schemas.DisclosureSchemas.Editions.Select(Disclosure.Format.Schemas.DisclosureSchemas.GetFileName).Order(StringComparer.Ordinal),
            schemas.Select(s => (string)s!["file"]!).Order(StringComparer.Ordinal));
        Assert.All(schemas, s => Assert.True((bool)s!["ok"]! && s["warnings"]!.AsArray().Count == 0, $"{name}: {s.ToJsonString()}"));

        var verdicts = report["documents"]!.AsArray().ToDictionary(d => (string)d!["file"]!, d => d!);
        var disagreements = new List<string>();
        foreach (var file in FixtureEditions.WithSchema())
        {
            var key = file.Replace('\\', '/');
            var expected = ReaderOracle.Expect(File.ReadAllBytes(Path.Combine(Paths.Fixtures, file)));
            var actual = verdicts.TryGetValue(key, out var d) ? (string)d["verdict"]! : "missing";
            if (!string.Equals(actual, expected.Verdict.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                disagreements.Add($"{key}: {name} says {actual}, expected {expected.Verdict} because {expected.Reason}; {d?["errors"]?.ToJsonString()}");
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"{actual,-10} {key}");
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }
}
