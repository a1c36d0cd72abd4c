using Disclosure.Format.Json;
using Disclosure.Format.Model;

namespace Disclosure.Format.Tests.Support;

/// <summary>
/// The two internal read paths behind <see cref="DisclosureJson.Read(ReadOnlySpan{byte}, string?)"/>, so that the tests
/// can hold them to the same results: the single-pass reader and the strict path.
/// </summary>
internal static class ReadPaths
{
    /// <summary>The single-pass reader: a report, or <see langword="null"/> when it leaves the document to the strict path.</summary>
    public static DisclosureReport? Fast(ReadOnlySpan<byte> utf8Json) => FastReportReader.TryRead(utf8Json);

    /// <summary>The strict path alone (source-generated contract, every diagnostic).</summary>
    public static ReadResult Strict(ReadOnlySpan<byte> utf8Json, string? sourceName, int? line) =>
        DisclosureJson.ReadStrict(utf8Json, sourceName, line);

    /// <summary>The bytes without a leading byte-order mark (both paths expect it removed, as the public reader does).</summary>
    public static ReadOnlySpan<byte> WithoutBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes.AsSpan(3) : bytes;

    /// <summary>
    /// Asserts that the single-pass reader either declines <paramref name="bytes"/> or reads exactly the report the strict
    /// path reads (equal records, byte-identical canonical JSON). Returns whether it read the document.
    /// </summary>
    public static bool AssertFastAgreesWithStrict(byte[] bytes)
    {
        var fast = Fast(WithoutBom(bytes));
        if (fast is null)
        {
            return false;
        }

        var strict = Strict(WithoutBom(bytes), "doc.json", null);
        Assert.True(strict.Report is not null,
            $"The single-pass reader accepted a document the strict path rejects ({string.Join("; ", strict.Diagnostics)})\ninput (base64): {Convert.ToBase64String(bytes)}");
        Assert.Equal(strict.Report, fast);
        Assert.Equal(DisclosureJson.Serialize(strict.Report), DisclosureJson.Serialize(fast));
        return true;
    }
}
