using System.Text;
using Disclosure.Format.Import;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Import;

/// <summary>The README's encodings example, compiled and run on a GB18030 copy of the seed report's text.</summary>
[Collection(Support.CurrentDirectoryCollection.Name)]
public sealed class EncodingReadmeExample
{
    [Fact]
    public void Decoding_and_importing_bytes_as_in_the_readme()
    {
        var folder = Directory.CreateTempSubdirectory("disclosure-encoding-").FullName;
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder);
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
            File.WriteAllBytes("report-gbk.txt", gb18030.GetBytes(File.ReadAllText(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.txt"))));

            // README: encodings
            // Bytes in: the encoding is decided (BOM, <meta charset>, detection) and kept in the result.
            ImportResult imported = ReportTextImporter.Import(File.ReadAllBytes("report-gbk.txt"), new ImportOptions { SourceName = "report-gbk.txt" });
            Console.WriteLine(imported.SourceEncoding);          // gb18030 (detected)
            Console.WriteLine(imported.Diagnostics[0].Code);     // DF4027: the text was not UTF-8

            // Only the decoding, e.g. for a page another reader parses; or with the encoding named.
            DecodedText decoded = ReportTextDecoder.Decode(File.ReadAllBytes("report-gbk.txt"), "report-gbk.txt", encodingName: "GBK");
            Console.WriteLine($"{decoded.Encoding!.Name} {decoded.Encoding.DecidedBy} {decoded.Text!.Length}"); // gb18030 Specified 2651
            // END README

            var lines = output.ToString().Split('\n');
            Assert.Equal("gb18030 (detected)", lines[0]);
            Assert.Equal("DF4027", lines[1]);
            Assert.Equal("gb18030 Specified 2651", lines[2]);
            Assert.NotNull(imported.Report);
        }
        finally
        {
            Console.SetOut(console);
            Directory.SetCurrentDirectory(previous);
            Directory.Delete(folder, recursive: true);
        }
    }
}
