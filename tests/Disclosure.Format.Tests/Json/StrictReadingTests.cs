using System.Text.Json;
using System.Text.Json.Nodes;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Json;

/// <summary>
/// Every <c>invalid-*.json</c> fixture must fail with exactly the error its sibling <c>invalid-*.expected.json</c>
/// names: code, JSON Pointer, line and column.
/// </summary>
public sealed class StrictReadingTests
{
    public static TheoryData<string> InvalidDocuments() => new(Fixtures.Documents("invalid-"));

    [Fact]
    public void There_is_an_invalid_fixture_for_every_reader_code()
    {
        var codes = Fixtures.Documents("invalid-")
            .Select(f => ExpectedOf(Path.Combine(Paths.Fixtures, f)))
            .Where(e => e is not null)
            .Select(e => (string)e!["code"]!)
            .ToHashSet();
        var all = typeof(JsonCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!);
        Assert.DoesNotContain(all, c => !codes.Contains(c));
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Fails_with_its_expected_error(string relativePath)
    {
        var path = Path.Combine(Paths.Fixtures, relativePath);
        var result = DisclosureJson.Read(File.ReadAllBytes(path), Path.GetFileName(path));

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.MessageZh));
        Assert.Equal(Path.GetFileName(path), diagnostic.Location?.Source);

        var actual = new JsonObject
        {
            ["code"] = diagnostic.Code,
            ["pointer"] = diagnostic.Pointer,
            ["line"] = diagnostic.Location?.Line,
            ["column"] = diagnostic.Location?.Column,
            ["message"] = diagnostic.Message,
        };
        var expectedPath = Path.ChangeExtension(path, ".expected.json");
        var expected = ExpectedOf(path);
        if (expected is null)
        {
            File.WriteAllText(Path.ChangeExtension(path, ".received.json"), actual.ToJsonString(Pretty) + "\n");
            Assert.Fail($"No expected file {expectedPath}; review the .received.json written beside it and rename it.");
        }

        Assert.Equal((string)expected["code"]!, diagnostic.Code);
        Assert.Equal((string)expected["pointer"]!, diagnostic.Pointer);
        Assert.Equal((int)expected["line"]!, diagnostic.Location!.Line);
        Assert.Equal((int)expected["column"]!, diagnostic.Location.Column);
        Assert.Equal((string)expected["message"]!, diagnostic.Message);
    }

    [Fact]
    public void The_throwing_convenience_carries_the_same_diagnostic()
    {
        var path = Paths.Fixture("2021", "invalid-negative-count.json");
        var ex = Assert.Throws<DisclosureFormatException>(() => DisclosureJson.Deserialize(File.ReadAllText(path), "x.json"));
        Assert.Equal(JsonCodes.NegativeCount, Assert.Single(ex.Diagnostics).Code);
        Assert.Contains("/applications/outcomes/disclosed/naturalPerson", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        // The unknown property sits after Chinese text on the same line: the column must count characters.
        const string json = "{\"edition\": \"2021\", \"metadata\": {\"agency\": \"渠县商务局\", \"bogus\": 1}}";
        var d = Assert.Single(DisclosureJson.Read(json).Diagnostics);
        Assert.Equal(JsonCodes.UnknownProperty, d.Code);
        Assert.Equal("/metadata/bogus", d.Pointer);
        Assert.Equal(1, d.Location!.Line);
        // The reader stops just after the colon that follows the unknown name; counted in bytes this would be 10 more.
        Assert.Equal(json.IndexOf(": 1}", StringComparison.Ordinal) + 2, d.Location.Column);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => DisclosureJson.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => DisclosureJson.Read((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => DisclosureJson.Serialize(null!));
    }

    [Fact]
    public void Empty_and_whitespace_input_are_malformed_not_crashes()
    {
        foreach (var text in new[] { "", "   ", "\n" })
        {
            var d = Assert.Single(DisclosureJson.Read(text).Diagnostics);
            Assert.Equal(JsonCodes.MalformedJson, d.Code);
        }
    }

    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static JsonNode? ExpectedOf(string fixturePath)
    {
        var expectedPath = Path.ChangeExtension(fixturePath, ".expected.json");
        return File.Exists(expectedPath) ? JsonNode.Parse(File.ReadAllText(expectedPath)) : null;
    }
}
