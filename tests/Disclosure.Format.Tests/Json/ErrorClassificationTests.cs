using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Json;

/// <summary>
/// The strict path's diagnostics are classified from the document and the serializer's contract, not from the text
/// of System.Text.Json's messages: a runtime whose messages read differently (another version, a localised runtime)
/// gives the same code, pointer and location.
/// </summary>
public sealed partial class ErrorClassificationTests
{
    public static TheoryData<string> InvalidDocuments() => new(Fixtures.Documents("invalid-"));

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void A_serializer_failure_is_classified_the_same_whatever_its_message_says(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Paths.Fixtures, relativePath));
        var expected = Assert.Single(DisclosureJson.Read(bytes, "doc.json").Diagnostics);
        if (expected.Pointer == "/edition" || expected.Code is JsonCodes.RootNotObject or JsonCodes.MissingEdition or JsonCodes.UnknownEdition)
        {
            return; // found by the edition scan, before the serializer runs
        }

        var contract = ContractOf(bytes);
        JsonException thrown;
        try
        {
            _ = JsonSerializer.Deserialize(bytes, contract);
            return; // the failure is found before the serializer (edition, limits): nothing of its text is read
        }
        catch (JsonException ex) when (ex is not CodedJsonException && ex.InnerException is not InvalidOperationException { InnerException: System.Text.DecoderFallbackException })
        {
            thrown = ex;
        }
        catch (JsonException)
        {
            return; // a failure the library's own converters report with their own code and message
        }

        var localised = new JsonException("Десериализация не удалась (ein lokalisierter Text ohne bekannte Wörter).",
            thrown.Path, thrown.LineNumber, thrown.BytePositionInLine);
        var actual = JsonErrorMapper.ToDiagnostic(localised, bytes, contract, "doc.json");

        Assert.Equal(expected.Code, actual.Code);
        Assert.Equal(expected.Pointer, actual.Pointer);
        Assert.Equal(expected.Location, actual.Location);
        if (expected.Code != JsonCodes.MalformedJson) Assert.Equal(expected.Message, actual.Message);
    }

    [Theory]
    [InlineData("{\"edition\":\"2021\",\"metadata\":{\"agency\":\"x\",\"bogus\":1}}", JsonCodes.UnknownProperty, "/metadata/bogus")]
    [InlineData("{\"edition\":\"2021\",\"metadata\":{\"agency\":\"x\",\"agency\":\"y\"}}", JsonCodes.DuplicateProperty, "/metadata/agency")]
    [InlineData("{\"edition\":\"2021\",\"metadata\":null}", JsonCodes.NullNotAllowed, "/metadata")]
    [InlineData("{\"edition\":\"2021\",\"metadata\":[1]}", JsonCodes.WrongType, "/metadata")]
    [InlineData("{\"edition\":\"2021\",\"metadata\":{\"agency\":7}}", JsonCodes.WrongType, "/metadata/agency")]
    [InlineData("{\"edition\":\"2021\",\"metadata\":{\"agency\":\"\\udc00\"}}", JsonCodes.InvalidUnicode, "/metadata/agency")]
    [InlineData("{\"edition\":\"2021\",\"metadata\":{\"agency\":\"x\" \"y\"}}", JsonCodes.MalformedJson, "")]
    public void The_walk_finds_the_first_violation_in_document_order(string json, string code, string pointer)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var diagnostic = JsonErrorMapper.ToDiagnostic(new JsonException("?"), bytes, ReportJsonContext.Readable.DisclosureReport2021, null);
        Assert.Equal((code, pointer), (diagnostic.Code, diagnostic.Pointer));
        Assert.Equal((code, pointer), (Assert.Single(DisclosureJson.Read(bytes).Diagnostics).Code, Assert.Single(DisclosureJson.Read(bytes).Diagnostics).Pointer));
    }

    private static JsonTypeInfo ContractOf(byte[] bytes) =>
        EditionMember().Match(System.Text.Encoding.UTF8.GetString(bytes)) is { Success: true } m && m.Groups[1].Value == "2019"
            ? ReportJsonContext.Readable.DisclosureReport2019
            : ReportJsonContext.Readable.DisclosureReport2021;

    [GeneratedRegex("\"edition\"\\s*:\\s*\"(\\d{4})\"")]
    private static partial Regex EditionMember();
}
