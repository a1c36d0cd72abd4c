using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests.Word;

/// <summary>
/// Every readable fixture written as a Word file in each style and read back by <see cref="WordReportReader"/>: the
/// grids are the official layout drawn from the catalog (same cells, spans, texts), whatever the runs, fields, tracked
/// changes and hidden text around the text; split tables give every value cell at its place once stacked; every cell
/// says where it was read.
/// </summary>
public sealed class WordGridTests
{
    public static TheoryData<string, WordFixtureStyle> Cases()
    {
        var data = new TheoryData<string, WordFixtureStyle>();
        foreach (var fixture in Fixtures.ReadableDocuments())
        {
            foreach (var style in Enum.GetValues<WordFixtureStyle>())
            {
                data.Add(fixture, style);
            }
        }

        return data;
    }

    private static DisclosureReport Load(string fixture) =>
        DisclosureJson.Deserialize(File.ReadAllText(Path.Combine(Paths.Fixtures, fixture)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tables_read_back_as_the_official_grid(string fixture, WordFixtureStyle style)
    {
        var report = Load(fixture);
        var document = WordReportReader.Read(WordFixtureWriter.Write(report, style), new WordReadOptions { SourceName = "report.docx" });

        Assert.Empty(document.Diagnostics);
        Assert.Equal("report.docx", document.SourceName);
        Assert.Equal(style == WordFixtureStyle.Official ? WordFixtureWriter.Title(report) : null, document.Title);
        foreach (var table in document.Tables)
        {
            foreach (var cell in table.Cells)
            {
                Assert.Equal(new Diagnostics.SourceLocation { Source = "report.docx", Table = table.Number, Row = cell.Row + 1, Cell = cell.Column + 1 }, cell.Location);
            }
        }

        var grids = LayoutCatalog.For(report.Edition).Tables.Select(t => OfficialGrid.Draw(t, report)).ToList();
        var stacked = Stack(document, grids);
        for (var i = 0; i < grids.Count; i++)
        {
            var grid = grids[i];
            if (style is WordFixtureStyle.Official or WordFixtureStyle.EditedRuns)
            {
                // The same table, cell for cell.
                Assert.Equal(grid.Cells.Select(Shape).Order(), stacked[i].Select(c => Shape(c)).Order());
                continue;
            }

            // Every value cell at its place once the parts are stacked; with notes, the number first.
            var expected = grid.Cells.Where(c => c.Kind == DrawnKind.Value).Select(c => (c.Row, c.Column, c.Text)).Order().ToList();
            var actual = stacked[i].Where(c => expected.Any(e => e.Row == c.Row && e.Column == c.Column))
                .Select(c => (c.Row, c.Column, Text: style == WordFixtureStyle.NotesInCells ? WithoutNote(c.Text) : c.Text)).Order().ToList();
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Headings_and_texts_come_in_document_order(string fixture, WordFixtureStyle style)
    {
        var report = Load(fixture);
        var document = WordReportReader.Read(WordFixtureWriter.Write(report, style));
        var paragraphs = document.Blocks.OfType<DocumentParagraph>().ToList();

        Assert.Equal(WordFixtureWriter.Title(report), paragraphs[0].Text);
        Assert.Equal(1, paragraphs[0].HeadingLevel);
        var sections = LayoutCatalog.For(report.Edition).Sections.Select(s => s.Label).ToList();
        Assert.Equal(sections, paragraphs.Where(p => p.HeadingLevel == 1).Skip(1).Select(p => p.Text));
        Assert.All(paragraphs.Where(p => p.HeadingLevel == 2), p => Assert.StartsWith("（", p.Text));
        var body = string.Join("\n", paragraphs.Where(p => !p.IsHeading).Select(p => p.Text));
        foreach (var text in new[] { report.Preamble, report.ProblemsAndImprovements, report.OtherMatters.Text, report.Overview.ProactiveDisclosure })
        {
            if (!string.IsNullOrEmpty(text)) Assert.Contains(text!, body);
        }
    }

    private static (int, int, int, int, string) Shape(DrawnCell c) => (c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Text);

    private static (int, int, int, int, string) Shape(DocumentCell c) => (c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Text);

    /// <summary>A cell's text without the note the writer adds after a count (<c>22（其中修订16件）</c> → <c>22</c>).</summary>
    private static string WithoutNote(string text)
    {
        var note = text.IndexOfAny(['（', '(']);
        return note > 0 && char.IsAsciiDigit(text[note - 1]) ? text[..note] : text;
    }

    /// <summary>
    /// The document's tables assigned to the catalog's tables in order and stacked: a table whose first line is not a
    /// header of the next catalog table continues the one before (its rows follow).
    /// </summary>
    private static List<List<DocumentCell>> Stack(ReportDocument document, IReadOnlyList<OfficialGrid> grids)
    {
        var result = grids.Select(_ => new List<DocumentCell>()).ToList();
        var index = -1;
        var offset = 0;
        foreach (var table in document.Tables)
        {
            var first = table.Cells.FirstOrDefault()?.Text;
            var startsNext = index + 1 < grids.Count && grids[index + 1].Cells.Any(c => c.Row == 0 && c.Column == 0 && c.Text == first);
            if (startsNext)
            {
                index++;
                offset = 0;
            }

            result[index].AddRange(table.Cells.Select(c => c with { Row = c.Row + offset }));
            offset += table.RowCount;
        }

        Assert.Equal(grids.Count - 1, index);
        return result;
    }
}
