using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Disclosure.Format.Json;
using Disclosure.Format.Schemas;
using Disclosure.Format.Tests.Support;
using Json.Schema;

namespace Disclosure.Format.Schema.Tests.Support;

/// <summary>What a schema validator says about a document.</summary>
public enum Verdict
{
    /// <summary>Parsed and valid against the schema.</summary>
    Valid,

    /// <summary>Parsed, and the schema rejects it.</summary>
    Invalid,

    /// <summary>The validator's JSON parser refused the text, so the schema never saw it.</summary>
    Unparsable,
}

/// <summary>The verdict the schema must give, derived from what the strict reader says, and why.</summary>
public sealed record Expectation(Verdict Verdict, string Reason, string? ReaderCode, string? ReaderPointer)
{
    /// <summary>True when the reader rejects the document for a rule JSON Schema cannot express.</summary>
    public bool Inexpressible { get; init; }
}

/// <summary>
/// The reader as the oracle of the schema agreement: every document the reader accepts must be valid, every one it
/// rejects must be invalid, except for the rules a JSON Schema cannot state because it sees parsed data, not text:
/// malformed JSON (no validator gets to see the data: "unparsable"), duplicate property names (the parser keeps one
/// of them), counts written as <c>3.0</c> or <c>3e0</c> (the same number as <c>3</c> once parsed) and strings holding
/// an unpaired surrogate escape such as <c>\ud800</c> (still strings to every validator; no portable pattern tells
/// them apart, since .NET regular expressions see UTF-16 code units and JavaScript's and Python's see code points).
/// </summary>
public static class ReaderOracle
{
    public static Expectation Expect(byte[] utf8)
    {
        var result = DisclosureJson.Read(utf8);
        if (result.Succeeded)
        {
            return new Expectation(Verdict.Valid, "the reader accepts it", null, null);
        }

        var d = result.Diagnostics[0];
        return d.Code switch
        {
            JsonCodes.MalformedJson => new Expectation(Verdict.Unparsable, "not well-formed JSON: no parser hands it to the schema", d.Code, d.Pointer),
            JsonCodes.DuplicateProperty => new Expectation(Verdict.Valid,
                "inexpressible: a duplicate property name disappears when the JSON is parsed", d.Code, d.Pointer) { Inexpressible = true },
            JsonCodes.InvalidUnicode when ValueKindAt(utf8, d.Pointer) == JsonValueKind.String => new Expectation(Verdict.Valid,
                "inexpressible: a string with an unpaired surrogate escape (\\ud800) is still a string to JSON Schema", d.Code, d.Pointer) { Inexpressible = true },
            JsonCodes.FractionalCount or JsonCodes.WrongType when IsIntegralNumberWithFractionOrExponent(utf8, d.Pointer) =>
                new Expectation(Verdict.Valid,
                    "inexpressible: an integral number written with a fraction or exponent (3.0, 3e0) is the integer 3 to JSON Schema", d.Code, d.Pointer)
                { Inexpressible = true },
            _ => new Expectation(Verdict.Invalid, $"the reader rejects it with {d.Code} at \"{d.Pointer}\"", d.Code, d.Pointer),
        };
    }

    /// <summary>Whether the value at <paramref name="pointer"/> is a number token like <c>3.0</c> or <c>1e2</c> with an integral value.</summary>
    private static bool IsIntegralNumberWithFractionOrExponent(byte[] utf8, string pointer)
    {
        if (NodeAt(utf8, pointer) is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        var token = value.ToJsonString();
        return token.IndexOfAny(['.', 'e', 'E']) >= 0
               && decimal.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
               && number == decimal.Truncate(number);
    }

    private static JsonValueKind? ValueKindAt(byte[] utf8, string pointer) => NodeAt(utf8, pointer)?.GetValueKind();

    private static JsonNode? NodeAt(byte[] utf8, string pointer)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(utf8);
        }
        catch (JsonException)
        {
            return null;
        }

        foreach (var segment in pointer.Split('/').Skip(1).Select(s => s.Replace("~1", "/").Replace("~0", "~")))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(segment, out var child) ? child : null;
        }

        return node;
    }
}

/// <summary>JsonSchema.Net 8 over the embedded (= committed) schemas, loaded with unknown keywords forbidden.</summary>
public static class NetValidator
{
    /// <summary>Draft-07 as JsonSchema.Net knows it, but refusing any keyword it does not know (its "strict mode").</summary>
    public static Dialect StrictDraft07 { get; } =
        Dialect.Draft07.With([], id: Dialect.Draft07.Id ?? MetaSchemas.Draft7Id, allowUnknownKeywords: false);

    private static readonly Lazy<Dictionary<ReportEdition, JsonSchema>> Schemas = new(() =>
        DisclosureSchemas.Editions.ToDictionary(e => e, e => Load(DisclosureSchemas.GetJson(e))));

    public static JsonSchema Load(string schemaJson)
    {
        // "$schema" picks the dialect from the registry, so the strict one replaces draft-07 there.
        var dialects = new DialectRegistry();
        dialects.Register(StrictDraft07);
        return JsonSchema.FromText(schemaJson, new BuildOptions { Dialect = StrictDraft07, DialectRegistry = dialects, SchemaRegistry = new SchemaRegistry() });
    }

    public static JsonSchema For(ReportEdition edition) => Schemas.Value[edition];

    /// <summary>Evaluates UTF-8 JSON text; errors are <c>instance location: message</c>, deepest first.</summary>
    public static (Verdict Verdict, IReadOnlyList<string> Errors, string? DeepestLocation) Evaluate(ReportEdition edition, byte[] utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException ex)
        {
            return (Verdict.Unparsable, [ex.Message], null);
        }

        using (document)
        {
            EvaluationResults results;
            try
            {
                results = For(edition).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
            }
            catch (InvalidOperationException ex)
            {
                // JsonSchema.Net 8 throws when a keyword (enum, pattern, a property name) must read a string that
                // holds an unpaired surrogate; the document is not valid Unicode text, so count it as rejected.
                return (Verdict.Invalid, [$"JsonSchema.Net could not read a string: {ex.Message}"], null);
            }

            if (results.IsValid)
            {
                return (Verdict.Valid, [], null);
            }

            // Only failures on a failing path: a failed branch of a passing anyOf is no error of the document.
            var errors = new List<(string Location, IEnumerable<string> Messages)>();
            void Collect(EvaluationResults node)
            {
                if (node.IsValid) return;
                if (node.Errors is { Count: > 0 }) errors.Add((node.InstanceLocation.ToString(), node.Errors.Values));
                foreach (var child in node.Details ?? []) Collect(child);
            }

            Collect(results);
            errors = errors.OrderByDescending(e => e.Location.Count(c => c == '/')).ToList();
            return (Verdict.Invalid, errors.SelectMany(e => e.Messages.Select(m => $"{e.Location}: {m}")).ToList(), errors.FirstOrDefault().Location);
        }
    }
}

/// <summary>The edition a fixture belongs to: the name of its folder under tests/fixtures.</summary>
public static class FixtureEditions
{
    public static ReportEdition? Of(string relativePath)
    {
        var folder = relativePath.Split('/', '\\')[0];
        return int.TryParse(folder, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && Enum.IsDefined(typeof(ReportEdition), year)
            ? (ReportEdition)year
            : null;
    }

    /// <summary>Every fixture document whose edition has a schema, as a path relative to tests/fixtures.</summary>
    public static IEnumerable<string> WithSchema() =>
        Fixtures.Documents("valid-", "arith-", "invalid-").Where(f => Of(f) is { } e && DisclosureSchemas.Editions.Contains(e));
}

/// <summary>Runs the committed checker scripts (tools/schema-check) of the other ecosystems.</summary>
public static class ExternalCheckers
{
    public static string ToolsDirectory => Path.Combine(Paths.RepositoryRoot, "tools", "schema-check");

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Skips the calling test when a tool is missing on a developer's machine; fails it in CI, where <c>.ci/run</c>
    /// installs every tool, so that the agreement is really checked there.
    /// </summary>
    public static void Require(bool available, string what)
    {
        if (available)
        {
            return;
        }

        var message = $"{what} is not installed here (.ci/run installs it).";
        if (InCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }

    public static (int ExitCode, string Output, string Error) Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Paths.RepositoryRoot,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                return (-1, output.Result, "timed out after 120 s");
            }

            return (process.ExitCode, output.Result, error.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, "", ex.Message);
        }
    }

    /// <summary>Debian's interpreter (where python3-jsonschema installs), else whatever <c>python3</c> is on the path.</summary>
    public static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}
