using System.IO.Compression;
using System.Text;

namespace Disclosure.Format.Documents.Tests.Word;

/// <summary>
/// Writes minimal Word packages from WordprocessingML text, part by part, for tests that need exact markup (hostile
/// input, one feature at a time).
/// </summary>
internal static class RawDocx
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>A package whose body is <paramref name="bodyXml"/> (the children of <c>w:body</c>).</summary>
    public static byte[] FromBody(string bodyXml, string? stylesXml = null, string? documentRels = null,
        IEnumerable<(string Name, byte[] Data)>? extra = null, string mainContentType = MainContentType, string? coreTitle = null)
        => Package(Document(bodyXml), stylesXml, documentRels, extra, mainContentType, coreTitle);

    public static string Document(string bodyXml) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{bodyXml}</w:body></w:document>""";

    public static byte[] Package(string documentXml, string? stylesXml = null, string? documentRels = null,
        IEnumerable<(string Name, byte[] Data)>? extra = null, string mainContentType = MainContentType, string? coreTitle = null)
    {
        var parts = new List<(string, byte[])>
        {
            ("[Content_Types].xml", Utf8(ContentTypes(mainContentType, stylesXml is not null, coreTitle is not null))),
            ("_rels/.rels", Utf8(RootRels(coreTitle is not null))),
            ("word/document.xml", Utf8(documentXml)),
        };
        if (stylesXml is not null)
        {
            parts.Add(("word/styles.xml", Utf8($"""<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">{stylesXml}</w:styles>""")));
        }

        if (stylesXml is not null || documentRels is not null)
        {
            var rels = (stylesXml is null ? "" : """<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""")
                       + (documentRels ?? "");
            parts.Add(("word/_rels/document.xml.rels", Utf8($"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>""")));
        }

        if (coreTitle is not null)
        {
            parts.Add(("docProps/core.xml", Utf8($"""<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{coreTitle}</dc:title></cp:coreProperties>""")));
        }

        parts.AddRange(extra ?? []);
        return Zip(parts);
    }

    public static byte[] Zip(IEnumerable<(string Name, byte[] Data)> entries, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var entry = zip.CreateEntry(name, level).Open();
                entry.Write(data);
            }
        }

        return stream.ToArray();
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A paragraph with one run of text.</summary>
    public static string P(string text, string? pPr = null) =>
        $"""<w:p>{(pPr is null ? "" : $"<w:pPr>{pPr}</w:pPr>")}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>""";

    /// <summary>A table cell with one paragraph of text and optional cell properties.</summary>
    public static string Tc(string text, string? tcPr = null) =>
        $"""<w:tc>{(tcPr is null ? "" : $"<w:tcPr>{tcPr}</w:tcPr>")}{P(text)}</w:tc>""";

    private static string ContentTypes(string mainContentType, bool styles, bool core) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="html" ContentType="text/html"/><Override PartName="/word/document.xml" ContentType="{mainContentType}"/>"""
        + (styles ? """<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>""" : "")
        + (core ? """<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>""" : "")
        + "</Types>";

    private static string RootRels(bool core) =>
        """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"""
        + (core ? """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>""" : "")
        + "</Relationships>";
}
