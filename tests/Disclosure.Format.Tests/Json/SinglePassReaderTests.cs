using System.Text;
using System.Text.Json.Nodes;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Json;

/// <summary>
/// The single-pass reader behind <see cref="DisclosureJson.Read(ReadOnlySpan{byte}, string?)"/> reads every well-formed
/// report of both editions, in any member order, to exactly the report the strict path reads, and leaves everything
/// else to the strict path (whose diagnostics the invalid-fixture tests check). The mutation tests compare the two
/// paths on thousands of mutants.
/// </summary>
public sealed class SinglePassReaderTests
{
    public static TheoryData<string> Readable() => [.. Fixtures.ReadableDocuments()];

    public static TheoryData<string> Invalid() => [.. Fixtures.Documents("invalid-")];

    [Theory]
    [MemberData(nameof(Readable))]
    public void Every_readable_fixture_is_read_in_one_pass_to_the_strict_paths_report(string fixture)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Paths.Fixtures, fixture));
        Assert.True(ReadPaths.AssertFastAgreesWithStrict(bytes), $"The single-pass reader declined {fixture}.");
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Every_invalid_fixture_is_left_to_the_strict_path(string fixture)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Paths.Fixtures, fixture));
        Assert.Null(ReadPaths.Fast(ReadPaths.WithoutBom(bytes)));
        Assert.False(DisclosureJson.Read(bytes).Succeeded);
    }

    [Theory]
    [MemberData(nameof(Readable))]
    public void Members_in_any_order_are_read_in_one_pass(string fixture)
    {
        var root = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Paths.Fixtures, fixture)))!.AsObject();
        var reversed = Reversed(root);

        // "edition" stays first: the single-pass reader dispatches on it.
        var edition = reversed["edition"]!.DeepClone();
        reversed.Remove("edition");
        var document = new JsonObject { ["edition"] = edition };
        foreach (var (name, value) in reversed.ToList())
        {
            reversed.Remove(name);
            document[name] = value;
        }

        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());
        Assert.True(ReadPaths.AssertFastAgreesWithStrict(bytes), $"The single-pass reader declined {fixture} with its members reversed.");
        Assert.Equal(DisclosureJson.Read(File.ReadAllBytes(Path.Combine(Paths.Fixtures, fixture))).Report, DisclosureJson.Read(bytes).Report);
    }

    [Fact]
    public void Escaped_text_and_explicit_nulls_for_optional_members_are_read_in_one_pass()
    {
        var seed = SeedText()
            .Replace("\"title\": \"", "\"title\": \"\\u6e20\\n\\\"\\/", StringComparison.Ordinal)
            .Replace("\"year\": 2023,", "\"year\": 2023, \"sourceUrl\": null, \"publishedOn\": null,", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(seed);
        Assert.True(ReadPaths.AssertFastAgreesWithStrict(bytes));
        var report = DisclosureJson.Read(bytes).GetReportOrThrow();
        Assert.StartsWith("渠\n\"/渠县商务局", report.Metadata.Title, StringComparison.Ordinal);
        Assert.Null(report.Metadata.SourceUrl);
        Assert.Null(report.Metadata.PublishedOn);
    }

    [Theory]
    [MemberData(nameof(Readable))]
    public void Documents_with_every_non_ASCII_character_escaped_are_read_in_one_pass(string fixture)
    {
        // What writers that escape everything by default produce (System.Text.Json's default encoder, Python's json.dumps).
        var escaped = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Paths.Fixtures, fixture)))!.ToJsonString();
        Assert.Contains("\\u", escaped, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(escaped);
        Assert.True(ReadPaths.AssertFastAgreesWithStrict(bytes), $"The single-pass reader declined {fixture} with its text escaped.");
        Assert.Equal(DisclosureJson.Read(File.ReadAllBytes(Path.Combine(Paths.Fixtures, fixture))).Report, DisclosureJson.Read(bytes).Report);
    }

    [Theory]
    [InlineData("\\ud83d\\ude00 \\u00e9\\u6E20 \\b\\f\\n\\r\\t\\\"\\\\\\/ \\u0000", "😀 é渠 \b\f\n\r\t\"\\/ \0", true)]
    [InlineData("\\ud83d", null, false)]                // a high surrogate alone
    [InlineData("\\ud83dx", null, false)]               // a high surrogate before a plain character
    [InlineData("\\ude00\\ud83d", null, false)]       // the pair the wrong way round
    [InlineData("\\ud83d\\u0041", null, false)]       // a high surrogate before a non-surrogate escape
    public void Escapes_decode_as_the_strict_path_decodes_them(string escaped, string? text, bool readInOnePass)
    {
        var seed = SeedText().Replace("\"title\": \"", "\"title\": \"" + escaped, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(seed);
        Assert.Equal(readInOnePass, ReadPaths.AssertFastAgreesWithStrict(bytes));
        var result = DisclosureJson.Read(bytes);
        if (text is null)
        {
            Assert.Equal(JsonCodes.InvalidUnicode, Assert.Single(result.Diagnostics).Code);
        }
        else
        {
            Assert.StartsWith(text + "渠县商务局", result.GetReportOrThrow().Metadata.Title, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Escaped_member_names_and_unknown_members_are_left_to_the_strict_path()
    {
        var seed = SeedText();
        var escaped = Encoding.UTF8.GetBytes(seed
            .Replace("\"agency\":", "\"\\u0061gency\":", StringComparison.Ordinal)
            .Replace("\"naturalPerson\":", "\"natural\\u0050erson\":", StringComparison.Ordinal));
        Assert.Null(ReadPaths.Fast(escaped));
        Assert.Equal(DisclosureJson.Read(Encoding.UTF8.GetBytes(seed)).Report, DisclosureJson.Read(escaped).GetReportOrThrow());

        var unknown = Encoding.UTF8.GetBytes(seed.Replace("\"preamble\": \"", "\"ignored\": 1, \"preamble\": \"", StringComparison.Ordinal));
        Assert.Null(ReadPaths.Fast(unknown));
        Assert.Equal(JsonCodes.UnknownProperty, Assert.Single(DisclosureJson.Read(unknown).Diagnostics).Code);
    }

    [Fact]
    public void A_document_whose_edition_is_not_first_is_read_by_the_strict_path_to_the_same_report()
    {
        var seed = SeedText();
        var moved = "{\n  \"metadata\"" + seed[(seed.IndexOf("\"metadata\"", StringComparison.Ordinal) + "\"metadata\"".Length)..]
            .Replace("\"problemsAndImprovements\":", "\"edition\": \"2021\",\n  \"problemsAndImprovements\":", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(moved);
        Assert.Null(ReadPaths.Fast(bytes));
        Assert.Equal(DisclosureJson.Read(Encoding.UTF8.GetBytes(seed)).Report, DisclosureJson.Read(bytes).GetReportOrThrow());
    }

    [Theory]
    [InlineData("\"issued\": 0,", "\"issued\": 0, \"issued\": 0,")]          // a repeated member
    [InlineData("\"issued\": 0,", "")]                                       // a missing member
    [InlineData("\"issued\": 0,", "\"issued\": -1,")]                        // a negative count
    [InlineData("\"issued\": 0,", "\"issued\": 1.0,")]                       // an integral number with a fraction
    [InlineData("\"issued\": 0,", "\"issued\": \"0\",")]                     // a number as text
    [InlineData("\"amount\": 0", "\"amount\": -0.5")]                       // a negative amount
    [InlineData("\"year\": 2023,", "\"year\": null,")]                       // null for a required number
    [InlineData("\"problemsAndImprovements\": \"", "\"problemsAndImprovements\": null, \"x\": \"")] // null for required text
    [InlineData("\"edition\": \"2021\",", "\"edition\": \"2021\", \"edition\": \"2021\",")]       // a second edition
    public void What_the_strict_path_rejects_is_left_to_it(string find, string replace)
    {
        var seed = SeedText();
        Assert.Contains(find, seed, StringComparison.Ordinal);
        var at = seed.IndexOf(find, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(seed[..at] + replace + seed[(at + find.Length)..]);
        Assert.Null(ReadPaths.Fast(bytes));
        var d = Assert.Single(DisclosureJson.Read(bytes).Diagnostics);
        Assert.Equal(Diagnostics.DiagnosticSeverity.Error, d.Severity);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n\n")]
    public void Trailing_white_space_is_read_in_one_pass_and_trailing_content_is_not(string tail)
    {
        var seed = SeedText();
        Assert.True(ReadPaths.AssertFastAgreesWithStrict(Encoding.UTF8.GetBytes(seed + tail)));
        Assert.Null(ReadPaths.Fast(Encoding.UTF8.GetBytes(seed + tail + "{}")));
        Assert.False(DisclosureJson.Read(Encoding.UTF8.GetBytes(seed + tail + "{}")).Succeeded);
    }

    private static string SeedText() =>
        File.ReadAllText(Path.Combine(Paths.Fixtures, "2021", "valid-seed-quxian-shangwuju-2023.json"));

    private static JsonObject Reversed(JsonObject node)
    {
        var result = new JsonObject();
        foreach (var (name, value) in node.ToList().AsEnumerable().Reverse())
        {
            node.Remove(name);
            result[name] = value is JsonObject child ? Reversed(child) : value;
        }

        return result;
    }
}
