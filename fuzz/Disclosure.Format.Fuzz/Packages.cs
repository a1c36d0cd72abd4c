using System.IO.Compression;
using System.Text;

namespace Disclosure.Format.Fuzz;

/// <summary>
/// "Parts text": a readable form of an Office package for the zip-based targets. AFL mutates bytes; in a deflated zip
/// almost every mutation breaks the compressed stream or its CRC, so the XML the readers parse is rarely reached. A
/// parts text lists the package's parts one after another, each introduced by a line <c>==&gt; name</c>:
/// <code>
/// ==&gt; [Content_Types].xml
/// &lt;?xml ...?&gt;&lt;Types ...&gt;...&lt;/Types&gt;
/// ==&gt; word/document.xml
/// &lt;w:document ...&gt;...
/// </code>
/// The harness zips such an input (stored, fixed time stamps) before the reader sees it, so mutations land in the XML
/// and the part names. An input that is not a parts text goes to the reader unchanged (a zip, or anything else).
/// </summary>
internal static class Packages
{
    private static readonly byte[] Marker = "==> "u8.ToArray();
    private static readonly byte[] Separator = "\n==> "u8.ToArray();
    private static readonly DateTimeOffset Stamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The zip package a parts text describes, or <see langword="null"/> when the input is not a parts text.</summary>
    public static byte[]? FromPartsText(byte[] input)
    {
        if (!input.AsSpan().StartsWith(Marker)) return null;
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var rest = input.AsSpan();
            while (rest.StartsWith(Marker))
            {
                rest = rest[Marker.Length..];
                var end = rest.IndexOf((byte)'\n');
                var name = Encoding.UTF8.GetString(end < 0 ? rest : rest[..end]).TrimEnd('\r');
                rest = end < 0 ? [] : rest[(end + 1)..];
                var next = rest.IndexOf(Separator);
                var content = next < 0 ? rest : rest[..next];
                rest = next < 0 ? [] : rest[(next + 1)..];
                ZipArchiveEntry entry;
                try
                {
                    entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
                }
                catch (ArgumentException)
                {
                    continue; // a name no zip can hold (empty, too long): the part is left out
                }

                entry.LastWriteTime = Stamp;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The parts text of a zip package (every entry, in the package's order).</summary>
    public static byte[] ToPartsText(byte[] package)
    {
        using var output = new MemoryStream();
        using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            output.Write(Marker);
            output.Write(Encoding.UTF8.GetBytes(entry.FullName + "\n"));
            using (var stream = entry.Open()) stream.CopyTo(output);
            output.WriteByte((byte)'\n');
        }

        return output.ToArray();
    }
}
