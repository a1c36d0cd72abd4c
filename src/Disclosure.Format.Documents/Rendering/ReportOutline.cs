using System.Globalization;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Documents.Rendering;

/// <summary>
/// The report as every document renderer lays it out, in the official order of the layout catalog: the title, the
/// preamble, the six sections (一、总体情况 with its customary sub-headings where the report has them) and the three
/// tables. Paragraphs are the report's lines; no text is invented.
/// </summary>
internal sealed class ReportOutline
{
    private ReportOutline(DisclosureReport report, string title, IReadOnlyList<string> preamble, IReadOnlyList<OutlineSection> sections)
    {
        Report = report;
        Title = title;
        Preamble = preamble;
        Sections = sections;
    }

    public DisclosureReport Report { get; }

    /// <summary>The report's title as published, or <c>{机关}{年度}年政府信息公开工作年度报告</c>.</summary>
    public string Title { get; }

    public IReadOnlyList<string> Preamble { get; }

    public IReadOnlyList<OutlineSection> Sections { get; }

    /// <summary>The agency and the publication date, as signed at the end of a government document (the date only when known).</summary>
    public IReadOnlyList<string> Signature
    {
        get
        {
            var lines = new List<string> { Report.Metadata.Agency };
            if (Report.Metadata.PublishedOn is { } date)
            {
                lines.Add(string.Format(CultureInfo.InvariantCulture, "{0}年{1}月{2}日", date.Year, date.Month, date.Day));
            }

            return lines;
        }
    }

    public static ReportOutline Create(DisclosureReport report)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        var catalog = LayoutCatalog.For(report.Edition);
        var title = report.Metadata.Title ?? $"{report.Metadata.Agency}{report.Metadata.Year.ToString(CultureInfo.InvariantCulture)}年政府信息公开工作年度报告";
        var sections = new List<OutlineSection>();
        foreach (var section in catalog.Sections)
        {
            var blocks = new List<OutlineBlock>();
            if (section.Table is { } table)
            {
                blocks.Add(new OutlineBlock(OutlineBlockKind.Table, string.Empty, DrawnTable.Draw(table, report)));
            }
            else
            {
                switch (section.Number)
                {
                    case 1:
                        Paragraphs(blocks, report.Overview.Text);
                        string?[] parts =
                        [
                            report.Overview.ProactiveDisclosure, report.Overview.DisclosureOnRequest, report.Overview.InformationManagement,
                            report.Overview.PlatformConstruction, report.Overview.OversightAndSafeguards,
                        ];
                        for (var i = 0; i < section.Parts.Count && i < parts.Length; i++)
                        {
                            if (parts[i] is { } part)
                            {
                                blocks.Add(new OutlineBlock(OutlineBlockKind.SubHeading, section.Parts[i].Label));
                                Paragraphs(blocks, part);
                            }
                        }

                        break;
                    case 5:
                        Paragraphs(blocks, report.ProblemsAndImprovements);
                        break;
                    case 6:
                        Paragraphs(blocks, report.OtherMatters.Text);
                        break;
                }
            }

            sections.Add(new OutlineSection(section, blocks));
        }

        return new ReportOutline(report, title, Lines(report.Preamble), sections);
    }

    /// <summary>The lines of a text, each a paragraph (a report's free text keeps one paragraph per line).</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text!.Replace("\r\n", "\n").Split('\n');

    private static void Paragraphs(List<OutlineBlock> blocks, string? text)
    {
        foreach (var line in Lines(text))
        {
            blocks.Add(new OutlineBlock(OutlineBlockKind.Paragraph, line));
        }
    }
}
