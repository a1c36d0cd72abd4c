using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests.Rendering;

/// <summary>
/// One fixture's output in each format, checked byte for byte against the committed snapshot (the HTML page itself;
/// for the packages, the SHA-256 of the whole file and of each part, so a change names the part that changed).
/// </summary>
public sealed class RenderSnapshotTests
{
    private const string Fixture = "2021/valid-seed-quxian-shangwuju-2023.json";

    [Fact]
    public void Html() => Snapshot.Match(HtmlReportRenderer.Render(HtmlReportRendererTests.Load(Fixture)), "html");

    [Fact]
    public void Word() => Snapshot.Match(Digest(WordReportRenderer.Render(HtmlReportRendererTests.Load(Fixture))));

    [Fact]
    public void Excel() => Snapshot.Match(Digest(ExcelReportRenderer.Render(HtmlReportRendererTests.Load(Fixture))));

    private static string Digest(byte[] package)
    {
        var sb = new StringBuilder();
        sb.Append("file ").Append(package.Length).Append(' ').Append(Hex(SHA256.HashData(package))).Append('\n');
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            sb.Append(entry.FullName).Append(' ').Append(entry.LastWriteTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
              .Append(' ').Append(buffer.Length).Append(' ').Append(Hex(SHA256.HashData(buffer.ToArray()))).Append('\n');
        }

        return sb.ToString();
    }

    private static string Hex(byte[] hash) => Convert.ToHexString(hash).ToLowerInvariant();
}
