using Disclosure.Format.Json;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Json;

/// <summary>
/// JSON lets a string escape half of a surrogate pair (<c>"\ud800"</c>); such a string is not Unicode text. The reader
/// rejects it with <c>DF0015</c> wherever it is, and never crashes on it (it once threw from the edition check).
/// </summary>
public sealed class UnpairedSurrogateTests
{
    private static readonly string Valid = File.ReadAllText(Paths.Fixture("2021", "valid-shili-township-2021.json"));

    [Theory]
    [InlineData("\"agency\": \"示例县城关镇人民政府\"", "\"agency\": \"\\udc00\"", "/metadata/agency")]
    [InlineData("\"publishedOn\": \"2022-01-28\"", "\"publishedOn\": \"\\ud800\"", "/metadata/publishedOn")]
    [InlineData("\"text\": \"\"", "\"text\": \"\", \"\\ud800\": 1", "/overview")]
    public void Strings_and_names_with_an_unpaired_surrogate_are_invalid_unicode(string from, string to, string pointer)
    {
        var d = Assert.Single(DisclosureJson.Read(Edit(from, to)).Diagnostics);
        Assert.Equal(JsonCodes.InvalidUnicode, d.Code);
        Assert.Equal(pointer, d.Pointer);
    }

    [Fact]
    public void An_edition_with_an_unpaired_surrogate_is_an_unknown_edition_not_a_crash()
    {
        var d = Assert.Single(DisclosureJson.Read(Edit("\"edition\": \"2021\"", "\"edition\": \"\\ud800\"")).Diagnostics);
        Assert.Equal(JsonCodes.UnknownEdition, d.Code);
        Assert.Equal("/edition", d.Pointer);
        Assert.Contains("\\ud800", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_surrogate_pair_is_ordinary_text()
    {
        var report = (DisclosureReport2021)DisclosureJson.Deserialize(Edit("\"agency\": \"示例县城关镇人民政府\"", "\"agency\": \"\\ud83d\\ude00局\""));
        Assert.Equal("😀局", report.Metadata.Agency);
    }

    private static string Edit(string from, string to)
    {
        Assert.Contains(from, Valid, StringComparison.Ordinal);
        return Valid.Replace(from, to, StringComparison.Ordinal);
    }
}
