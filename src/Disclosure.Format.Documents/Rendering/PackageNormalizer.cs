using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace Disclosure.Format.Documents.Rendering;

/// <summary>
/// Makes an Open XML package deterministic: the zip entries are rewritten in a fixed order, dated 1980-01-01 (the
/// zip epoch) instead of the time of writing, and the core properties carry no timestamps.
/// </summary>
internal static class PackageNormalizer
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        using var output = new MemoryStream(package.Length + 1024);
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first (some readers expect it), then the parts by name.
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Epoch;
                using var source = entry.Open();
                using var target = copy.Open();
                source.CopyTo(target);
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// Writes the package's core properties: title, creator and, when given, the identifier (the address the report was
    /// published at); no dates (a date would change every render).
    /// </summary>
    public static void WriteCoreProperties(CoreFilePropertiesPart part, string title, string creator, string? identifier = null)
    {
        var xml = new StringBuilder()
            .Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
            .Append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" ")
            .Append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" ")
            .Append("xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
            .Append("<dc:title>").Append(Escape(title)).Append("</dc:title>")
            .Append("<dc:creator>").Append(Escape(creator)).Append("</dc:creator>")
            .Append(identifier is null ? string.Empty : "<dc:identifier>" + Escape(identifier) + "</dc:identifier>")
            .Append("<dc:language>zh-CN</dc:language>")
            .Append("</cp:coreProperties>")
            .ToString();
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        var bytes = new UTF8Encoding(false).GetBytes(xml);
        stream.Write(bytes, 0, bytes.Length);
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
