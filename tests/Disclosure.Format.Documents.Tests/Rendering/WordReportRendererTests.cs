using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Documents.Tests.Rendering;

public sealed class WordReportRendererTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static TheoryData<string> ValidFixtures() => HtmlReportRendererTests.ValidFixtures();

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Every_fixture_renders_a_valid_document_with_the_notices_merged_cells(string fixture)
    {
        var report = HtmlReportRendererTests.Load(fixture);
        var bytes = WordReportRenderer.Render(report);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Description} at {e.Path?.XPath}").Distinct().ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var body = XDocument.Load(document.MainDocumentPart!.GetStream()).Root!.Element(W + "body")!;
        var tables = body.Elements(W + "tbl").ToList();
        var catalog = LayoutCatalog.For(report.Edition);
        Assert.Equal(catalog.Tables.Count, tables.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            LayoutAssertions.Check(RenderedGrid.FromWord(tables[i]), catalog.Tables[i], report);
        }

        // Headings in the catalog's words, in order.
        var headings = body.Elements(W + "p")
            .Where(p => (string?)p.Descendants(W + "pStyle").FirstOrDefault()?.Attribute(W + "val") == "Heading1")
            .Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)));
        Assert.Equal(catalog.Sections.Select(s => s.Label), headings);
    }

    [Fact]
    public void The_document_follows_government_document_conventions()
    {
        var report = HtmlReportRendererTests.Load("2021/valid-seed-quxian-shangwuju-2023.json");
        using var document = WordprocessingDocument.Open(new MemoryStream(WordReportRenderer.Render(report)), false);
        var main = document.MainDocumentPart!;
        var body = XDocument.Load(main.GetStream()).Root!.Element(W + "body")!;

        // A4 portrait.
        var size = body.Element(W + "sectPr")!.Element(W + "pgSz")!;
        Assert.Equal(("11906", "16838"), ((string)size.Attribute(W + "w")!, (string)size.Attribute(W + "h")!));

        // Title 小标宋 falling back to 黑体, body 仿宋, headings 黑体: in the styles and named in the font table.
        var styles = XDocument.Load(main.StyleDefinitionsPart!.GetStream()).Root!;
        string EastAsia(string styleId) => (string)styles.Elements(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == styleId)
            .Descendants(W + "rFonts").Single().Attribute(W + "eastAsia")!;
        Assert.Equal("方正小标宋简体", EastAsia("Title"));
        Assert.Equal("黑体", EastAsia("Heading1"));
        Assert.Equal("仿宋", (string)styles.Element(W + "docDefaults")!.Descendants(W + "rFonts").Single().Attribute(W + "eastAsia")!);
        var fonts = XDocument.Load(main.FontTablePart!.GetStream()).Root!.Elements(W + "font")
            .ToDictionary(f => (string)f.Attribute(W + "name")!, f => (string?)f.Element(W + "altName")?.Attribute(W + "val"));
        Assert.Equal("黑体", fonts["方正小标宋简体"]);
        Assert.Equal("仿宋_GB2312", fonts["仿宋"]);

        // The page number: a PAGE field in the footer.
        var footer = XDocument.Load(main.FooterParts.Single().GetStream()).Root!;
        Assert.Contains(footer.Descendants(W + "fldSimple"), f => ((string)f.Attribute(W + "instr")!).Trim() == "PAGE");

        // The header rows of the applications table repeat on every page.
        var t3 = body.Elements(W + "tbl").ElementAt(1);
        Assert.Equal(3, t3.Elements(W + "tr").Count(tr => tr.Element(W + "trPr")?.Element(W + "tblHeader") is not null));
    }

    [Fact]
    public void A_blank_cell_is_empty_never_0()
    {
        var report = HtmlReportRendererTests.Load("2021/arith-blank-totals.json");
        using var document = WordprocessingDocument.Open(new MemoryStream(WordReportRenderer.Render(report)), false);
        var body = XDocument.Load(document.MainDocumentPart!.GetStream()).Root!.Element(W + "body")!;
        var catalog = LayoutCatalog.For(report.Edition);
        var values = body.Elements(W + "tbl").SelectMany(t => RenderedGrid.FromWord(t).Cells.Where(c => !c.IsHeader).OrderBy(c => c.Row).ThenBy(c => c.Column)).ToList();
        var blanks = catalog.Cells.Where(c => c.GetValue(report) is null).ToList();
        Assert.NotEmpty(blanks);
        Assert.All(blanks, b => Assert.Empty(values[b.Index].Element.Descendants(W + "t")));
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        var report = HtmlReportRendererTests.Load("2019/valid-shili-township-2020.json");
        Assert.Equal(WordReportRenderer.Render(report), WordReportRenderer.Render(report));
    }
}
