using System.Text;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Rendering;

/// <summary>
/// Writes a report's tables, or the whole report, as text in the official layout (labels, headers and order from the
/// <see cref="LayoutCatalog"/>), in each of the shapes published tables are found in (<see cref="TextShape"/>), and as
/// Markdown. A blank cell is written as nothing (an empty field, an empty line, spaces).
/// </summary>
/// <example>
/// <code>
/// string text = ReportTextRenderer.RenderReport(report, TextShape.TabSeparated);
/// string markdown = ReportTextRenderer.RenderMarkdown(report);
/// </code>
/// </example>
public static class ReportTextRenderer
{
    /// <summary>
    /// A shape for test data only, outside the public <see cref="TextShape"/>: every cell run into the next with no
    /// separator, the whole table on one line, as crawled pages often read (cell boundaries are lost). The importer's
    /// tests and fuzz targets render it to prove that such text gives back each cell or leaves it blank and flagged; no
    /// caller has a reason to produce it.
    /// </summary>
    internal const TextShape RunTogether = (TextShape)4;

    /// <summary>Writes one table of a report (without its section heading).</summary>
    /// <param name="report">The report.</param>
    /// <param name="table">A table of the report's edition, e.g. <c>LayoutCatalog.Edition2021.GetTable("T3")</c>.</param>
    /// <param name="shape">The text shape.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The table is not one of the report's edition.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shape"/> is not a defined shape.</exception>
    public static string RenderTable(DisclosureReport report, TableLayout table, TextShape shape)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (!LayoutCatalog.For(report.Edition).Tables.Contains(table))
        {
            throw new ArgumentException($"The table {table.Key} is not a table of the {report.Edition} layout.", nameof(table));
        }

        var grid = TableGrid.Draw(table, report);
        return shape switch
        {
            TextShape.TabSeparated => Tabs(grid),
            TextShape.CellPerLine => CellPerLine(grid),
            TextShape.PipeTable => Pipes(grid),
            TextShape.SpaceAligned => Aligned(grid),
            RunTogether => RunTogetherText(grid),
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown text shape."),
        };
    }

    /// <summary>Writes every table of a report, each under its section heading.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string RenderTables(DisclosureReport report, TextShape shape)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        var sb = new StringBuilder();
        foreach (var section in LayoutCatalog.For(report.Edition).Sections.Where(s => s.Table is not null))
        {
            sb.Append(section.Label).Append("\n\n").Append(RenderTable(report, section.Table!, shape)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// Writes the whole report as plain text in the official order: title, preamble, the six sections with the
    /// customary sub-headings of 一、总体情况, and the tables in <paramref name="shape"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string RenderReport(DisclosureReport report, TextShape shape)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        return Document(report, shape, markdown: false);
    }

    /// <summary>
    /// Writes the whole report as Markdown: <c>#</c> title, <c>##</c> section headings, <c>###</c> sub-headings of
    /// 一、总体情况, and pipe tables.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string RenderMarkdown(DisclosureReport report)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        return Document(report, TextShape.PipeTable, markdown: true);
    }

    private static string Document(DisclosureReport report, TextShape shape, bool markdown)
    {
        var catalog = LayoutCatalog.For(report.Edition);
        var sb = new StringBuilder();
        var title = report.Metadata.Title ?? $"{report.Metadata.Agency}{report.Metadata.Year}年政府信息公开工作年度报告";
        Heading(title, 1);
        Text(report.Preamble);
        foreach (var section in catalog.Sections)
        {
            Heading(section.Label, 2);
            if (section.Table is { } table)
            {
                sb.Append(RenderTable(report, table, shape)).Append("\n\n");
                continue;
            }

            switch (section.Number)
            {
                case 1:
                    Text(report.Overview.Text);
                    string?[] parts =
                    [
                        report.Overview.ProactiveDisclosure, report.Overview.DisclosureOnRequest, report.Overview.InformationManagement,
                        report.Overview.PlatformConstruction, report.Overview.OversightAndSafeguards,
                    ];
                    for (var i = 0; i < section.Parts.Count && i < parts.Length; i++)
                    {
                        if (parts[i] is { } part)
                        {
                            Heading(section.Parts[i].Label, 3);
                            Text(part);
                        }
                    }

                    break;
                case 5:
                    Text(report.ProblemsAndImprovements);
                    break;
                case 6:
                    Text(report.OtherMatters.Text);
                    break;
            }
        }

        return sb.ToString().TrimEnd('\n') + "\n";

        void Heading(string text, int level)
        {
            if (markdown)
            {
                sb.Append('#', level).Append(' ');
            }

            sb.Append(text).Append("\n\n");
        }

        void Text(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            sb.Append(markdown ? text!.Replace("\n", "\n\n") : text).Append("\n\n");
        }
    }

    /// <summary>
    /// Header lines keep their columns (a merged header is followed by empty fields, as a copied table writes it);
    /// value rows write their labels and then exactly one field per cell.
    /// </summary>
    private static string Tabs(TableGrid grid) =>
        string.Join("\n", grid.Lines.Select(line => line.All(c => c.Kind == GridCellKind.Header)
            ? string.Join("\t", Positioned(grid, line)).TrimEnd('\t')
            : string.Join("\t", line.Select(c => c.Text))));

    private static string[] Positioned(TableGrid grid, List<GridCell> line)
    {
        var fields = Enumerable.Repeat(string.Empty, grid.Width).ToArray();
        foreach (var cell in line)
        {
            fields[cell.Column] = cell.Text;
        }

        return fields;
    }

    private static string CellPerLine(TableGrid grid) =>
        string.Join("\n", grid.Lines.SelectMany(line => line.Select(c => c.Text)));

    private static string RunTogetherText(TableGrid grid) =>
        string.Concat(grid.Lines.SelectMany(line => line.Select(c => c.Text)));

    private static string Pipes(TableGrid grid)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < grid.Lines.Count; i++)
        {
            var fields = new string[grid.Width];
            for (var j = 0; j < fields.Length; j++) fields[j] = string.Empty;
            foreach (var cell in grid.Lines[i])
            {
                // A merged row label repeats its text over the label columns it spans (as many converters write it).
                fields[cell.Column] = Escape(cell.Text);
                for (var j = cell.Column + 1; cell.Kind == GridCellKind.Label && j < cell.Column + cell.Span && j < grid.LabelColumns; j++)
                {
                    fields[j] = Escape(cell.Text);
                }
            }

            sb.Append("| ").Append(string.Join(" | ", fields)).Append(" |\n");
            if (i == 0)
            {
                sb.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", fields.Length))).Append('\n');
            }
        }

        return sb.ToString().TrimEnd('\n');

        static string Escape(string s) => s.Replace("|", "\\|");
    }

    /// <summary>Columns aligned by display width (CJK characters are two columns wide), values right-aligned.</summary>
    private static string Aligned(TableGrid grid)
    {
        const int Gap = 2;
        var labelWidth = 0;
        var widths = new int[grid.ValueColumns];
        foreach (var line in grid.Lines)
        {
            var label = string.Join(" ", line.Where(c => c.Column < grid.LabelColumns).Select(c => c.Text));
            labelWidth = Math.Max(labelWidth, DisplayWidth(label));
            foreach (var cell in line.Where(c => c.Column >= grid.LabelColumns && c.Span == 1))
            {
                var j = cell.Column - grid.LabelColumns;
                widths[j] = Math.Max(widths[j], DisplayWidth(cell.Text));
            }
        }

        var starts = new int[grid.ValueColumns + 1];
        starts[0] = grid.LabelColumns > 0 ? labelWidth + Gap : 0;
        for (var j = 0; j < grid.ValueColumns; j++)
        {
            starts[j + 1] = starts[j] + Math.Max(1, widths[j]) + Gap;
        }

        var sb = new StringBuilder();
        foreach (var line in grid.Lines)
        {
            var text = new StringBuilder();
            var width = 0;
            var label = string.Join(" ", line.Where(c => c.Column < grid.LabelColumns).Select(c => c.Text));
            if (label.Length > 0)
            {
                text.Append(label);
                width = DisplayWidth(label);
            }

            foreach (var cell in line.Where(c => c.Column >= grid.LabelColumns))
            {
                var j = cell.Column - grid.LabelColumns;
                var end = starts[Math.Min(grid.ValueColumns, j + cell.Span)] - Gap;
                var cellWidth = DisplayWidth(cell.Text);
                var at = cell.Kind == GridCellKind.Value ? end - cellWidth : starts[j];
                at = Math.Max(at, width + (width > 0 ? 1 : 0));
                text.Append(' ', at - width).Append(cell.Text);
                width = at + cellWidth;
            }

            sb.Append(text.ToString().TrimEnd()).Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>The width of a string in a monospaced layout: East Asian wide and full-width characters take two columns.</summary>
    internal static int DisplayWidth(string s) => DisplayWidth(s, 0, s.Length);

    /// <summary>The display width of <paramref name="s"/>[<paramref name="start"/>, <paramref name="end"/>).</summary>
    internal static int DisplayWidth(string s, int start, int end)
    {
        var width = 0;
        for (var i = start; i < end; i++)
        {
            width += IsWide(s[i]) ? 2 : (s[i] == '\t' ? 8 - width % 8 : 1);
        }

        return width;
    }

    private static bool IsWide(char c) =>
        (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
        || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60')
        || (c >= '\uFFE0' && c <= '\uFFE6') || c == '\u201C' || c == '\u201D';
}
