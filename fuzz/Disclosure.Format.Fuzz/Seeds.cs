using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Fuzz;

/// <summary>
/// The seeds and dictionary of the document targets (<c>--seeds</c>, run by fuzz/run.sh with the plain build): report
/// fixtures rendered by the library's own renderers, documents copied as given, packages also as parts text
/// (<see cref="Packages"/>), and a dictionary taken from the seeds (their tags, attributes and part names) and from
/// the layout catalogs (every label the matcher looks for), plus the few tokens of features the seeds do not have.
/// </summary>
internal static partial class Seeds
{
    /// <summary>Writes the seeds of <paramref name="target"/> to <paramref name="folder"/> and its dictionary to <paramref name="dictionary"/>.</summary>
    public static int Write(string target, string folder, string dictionary, IEnumerable<string> files)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Directory.CreateDirectory(folder);
        var tokens = new SortedSet<string>(StringComparer.Ordinal);
        var n = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            switch (target, Path.GetExtension(file).ToLowerInvariant())
            {
                case ("html", ".json"):
                {
                    var html = HtmlReportRenderer.Render(DisclosureJson.Deserialize(File.ReadAllText(file)));
                    Add($"{name}.html", Encoding.UTF8.GetBytes(html));
                    // The same page as GB18030 with its charset declared: the decoder's other path.
                    var gb = MetaCharset().Replace(html, "<meta charset=\"gb18030\">", 1);
                    Add($"{name}.gb18030.html", Encoding.GetEncoding("GB18030").GetBytes(gb));
                    break;
                }
                case ("html", ".html" or ".htm"):
                    Add($"{name}.html", File.ReadAllBytes(file));
                    break;
                case ("word", ".json"):
                    Package($"{name}.docx", WordReportRenderer.Render(DisclosureJson.Deserialize(File.ReadAllText(file))));
                    break;
                case ("xlsx", ".json"):
                    Package($"{name}.xlsx", ExcelReportRenderer.Render(DisclosureJson.Deserialize(File.ReadAllText(file))));
                    break;
                case ("word", ".docx") or ("xlsx", ".xlsx"):
                    Package(Path.GetFileName(file), File.ReadAllBytes(file));
                    break;
                default:
                    Console.Error.WriteLine($"not a seed of {target}: {file}");
                    break;
            }
        }

        foreach (var catalog in new[] { LayoutCatalog.Edition2021, LayoutCatalog.Edition2019 })
        {
            tokens.Add(catalog.FormatTitle);
            foreach (var section in catalog.Sections)
            {
                tokens.Add(section.Label);
                foreach (var part in section.Parts) tokens.Add(part.Label);
            }

            foreach (var table in catalog.Tables) tokens.Add(table.Label);
            foreach (var cell in catalog.Cells)
            {
                foreach (var label in cell.Row.LabelPath) tokens.Add(label);
                foreach (var label in cell.Column.LabelPath) tokens.Add(label);
            }
        }

        tokens.UnionWith(target switch
        {
            "html" =>
            [
                "<meta charset=\"gbk\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", "charset=big5",
                "\uFEFF", "&nbsp;", "&#12288;", "&#x20000;", "&#65533;", "&amp;", "<o:p></o:p>", "mso-", "<br/>", "<![CDATA[", "<!--", "-->",
                "rowspan=\"1000000\"", "colspan=\"1000\"", "rowspan=\"0\"", "<table><tr><td>", "</td></tr></table>", "<th>", "</th>",
                "<script>", "</script>", "<style>", "hidden", "display:none", "（其中", "件）", "/", "—", "无", "0", "１", "12,345", "1.5",
            ],
            "word" =>
            [
                "PK\u0003\u0004", "PK\u0001\u0002", "PK\u0005\u0006", "<w:vMerge w:val=\"restart\"/>", "<w:vMerge/>", "<w:gridSpan w:val=\"1000\"/>",
                "<w:altChunk r:id=\"rId9\"/>", "<w:subDoc r:id=\"rId9\"/>", "<w:fldChar w:fldCharType=\"begin\"/>", "<w:fldChar w:fldCharType=\"end\"/>",
                "<w:instrText>", "<w:fldSimple w:instr=\"PAGE\">", "<w:tbl>", "</w:tbl>", "<w:tc>", "</w:tc>", "<w:tr>", "</w:tr>",
                "<w:del>", "<w:delText>", "<w:ins>", "<w:sdt><w:sdtContent>", "<w:hyperlink>", "<w:br/>", "<w:tab/>", "<!DOCTYPE x [<!ENTITY e \"e\">]>",
                "TargetMode=\"External\"", "==> word/vbaProject.bin\n", "&#x20000;", "（其中", "件）",
            ],
            _ =>
            [
                "PK\u0003\u0004", "PK\u0001\u0002", "PK\u0005\u0006", "<f>", "</f>", "<f>[1]Sheet1!A1</f>", "t=\"s\"", "t=\"inlineStr\"", "t=\"str\"", "t=\"b\"",
                "t=\"e\"", "<is><t>", "<mergeCell ref=\"A1:C3\"/>", "<mergeCell ref=\"A1:XFD1048576\"/>", "r=\"XFD1048576\"", "<row r=\"1048576\">",
                "<v>", "</v>", "<v>1E+308</v>", "TargetMode=\"External\"", "==> xl/externalLinks/externalLink1.xml\n", "JSON Pointer", "（其中", "件）",
            ],
        });

        File.WriteAllLines(dictionary, tokens
            .Select(t => Encoding.UTF8.GetBytes(t))
            .Where(b => b.Length is > 0 and <= 120)
            .Select((b, i) => $"t{i}=\"{Escape(b)}\""));
        Console.WriteLine($"{n} seeds, {tokens.Count} dictionary tokens");
        return 0;

        void Add(string fileName, byte[] bytes)
        {
            n++;
            File.WriteAllBytes(Path.Combine(folder, $"seed-{n:D3}-{fileName}"), bytes);
            if (target == "html")
            {
                var text = Encoding.UTF8.GetString(bytes);
                foreach (Match m in Tag().Matches(text)) tokens.Add(m.Value);
                foreach (Match m in Attribute().Matches(text)) tokens.Add(m.Value);
            }
        }

        void Package(string fileName, byte[] package)
        {
            Add(fileName, package);
            var parts = Packages.ToPartsText(package);
            Add(fileName + ".parts.txt", parts);
            var text = Encoding.UTF8.GetString(parts);
            foreach (Match m in Tag().Matches(text)) tokens.Add(m.Value);
            foreach (Match m in Attribute().Matches(text)) tokens.Add(m.Value);
            foreach (Match m in PartName().Matches(text)) tokens.Add(m.Value);
        }
    }

    private static string Escape(byte[] bytes)
    {
        var s = new StringBuilder();
        foreach (var b in bytes)
        {
            if (b is < 32 or > 126 or (byte)'"' or (byte)'\\') s.Append($"\\x{b:X2}");
            else s.Append((char)b);
        }

        return s.ToString();
    }

    [GeneratedRegex("<meta[^>]*charset[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("</?[A-Za-z_][A-Za-z0-9_:.-]*")]
    private static partial Regex Tag();

    [GeneratedRegex(" [A-Za-z_][A-Za-z0-9_:.-]*=\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("^==> [^\n]*\n", RegexOptions.Multiline)]
    private static partial Regex PartName();
}
