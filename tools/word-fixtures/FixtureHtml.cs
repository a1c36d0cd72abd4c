#:project ../../src/Disclosure.Format/Disclosure.Format.csproj
// Writes a fixture report as a plain HTML page in the official layout (title, sections, sub-headings, texts, and
// tables with rowspan/colspan drawn from the layout catalog), for LibreOffice to convert into the committed .docx
// files under tests/fixtures/docx (see make-docx.sh). Usage: dotnet run --file FixtureHtml.cs -- <fixture.json> <out.html>
using System.Globalization;
using System.Net;
using System.Text;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

var report = DisclosureJson.Deserialize(File.ReadAllText(args[0]));
var catalog = LayoutCatalog.For(report.Edition);
var html = new StringBuilder();
var title = report.Metadata.Title ?? $"{report.Metadata.Agency}{report.Metadata.Year}年政府信息公开工作年度报告";
html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title></head><body>\n");
html.Append("<h1>").Append(E(title)).Append("</h1>\n");
Text(report.Preamble);
foreach (var section in catalog.Sections)
{
    html.Append("<h2>").Append(E(section.Label)).Append("</h2>\n");
    if (section.Table is { } table)
    {
        Table(table);
        continue;
    }

    switch (section.Number)
    {
        case 1:
            Text(report.Overview.Text);
            string?[] parts = [report.Overview.ProactiveDisclosure, report.Overview.DisclosureOnRequest, report.Overview.InformationManagement,
                report.Overview.PlatformConstruction, report.Overview.OversightAndSafeguards];
            for (var i = 0; i < section.Parts.Count && i < parts.Length; i++)
            {
                if (parts[i] is { } part)
                {
                    html.Append("<h3>").Append(E(section.Parts[i].Label)).Append("</h3>\n");
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

html.Append("</body></html>\n");
File.WriteAllText(args[1], html.ToString());

void Text(string? text)
{
    if (string.IsNullOrEmpty(text)) return;
    foreach (var line in text.Split('\n')) html.Append("<p>").Append(E(line)).Append("</p>\n");
}

void Table(TableLayout table)
{
    // (row, column, rowspan, colspan, text) of every cell, as the official form draws it.
    var cells = new List<(int R, int C, int RS, int CS, string T)>();
    if (table.Columns.Count == 0)
    {
        var width = 1 + table.Rows.Max(r => r.Columns.Count);
        var line = 0;
        foreach (var row in table.Rows)
        {
            if (row.Cells.Count == 0)
            {
                cells.Add((line++, 0, 1, width, row.Label));
                cells.Add((line, 0, 1, 1, row.HeaderLabel ?? ""));
                for (var j = 0; j < row.Columns.Count; j++) cells.Add((line, 1 + j, 1, j == row.Columns.Count - 1 ? width - 1 - j : 1, row.Columns[j].Label));
            }
            else
            {
                cells.Add((line, 0, 1, 1, row.Label));
                for (var j = 0; j < row.Cells.Count; j++) cells.Add((line, 1 + j, 1, j == row.Cells.Count - 1 ? width - 1 - j : 1, Format(row.Cells[j])));
            }

            line++;
        }
    }
    else if (table.Columns.All(c => c.IsLeaf) && table.ValueRows.All(r => r.Columns.SequenceEqual(table.Columns)))
    {
        var headerRows = table.Rows.Max(r => r.Depth) + 2;
        var column = 0;
        foreach (var row in table.Rows.Where(r => r.Parent is null)) column += Emit(row, 0, column);
        var j = 0;
        foreach (var cell in table.ValueRows.SelectMany(r => r.Cells)) cells.Add((headerRows, j++, 1, 1, Format(cell)));

        int Emit(RowLayout row, int level, int start)
        {
            var span = 0;
            if (row.Cells.Count > 0)
            {
                span = row.Columns.Count;
                for (var i = 0; i < span; i++) cells.Add((level + 1, start + i, headerRows - level - 1, 1, row.Columns[i].Label));
            }
            else
            {
                foreach (var child in row.Children) span += Emit(child, level + 1, start + span);
            }

            cells.Add((level, start, 1, span, row.Label));
            return span;
        }
    }
    else
    {
        var labelColumns = table.Rows.Max(r => r.Depth) + 1;
        var headerRows = table.Columns.Max(Depth);
        if (table.Note is { } note) cells.Add((0, 0, headerRows, labelColumns, note));
        var position = labelColumns;
        foreach (var c in table.Columns) Header(c, 0);
        var valueRows = table.ValueRows.ToList();
        foreach (var row in table.Rows)
        {
            var under = valueRows.Where(v => Under(v, row)).ToList();
            var first = headerRows + valueRows.IndexOf(under[0]);
            if (row.Cells.Count == 0)
            {
                cells.Add((first, row.Depth, under.Count, 1, row.Label));
                continue;
            }

            cells.Add((first, row.Depth, 1, labelColumns - row.Depth, row.Label));
            for (var j = 0; j < row.Cells.Count; j++) cells.Add((first, labelColumns + j, 1, 1, Format(row.Cells[j])));
        }

        void Header(ColumnLayout c, int level)
        {
            var start = position;
            if (c.IsLeaf)
            {
                position++;
                cells.Add((level, start, headerRows - level, 1, c.Label));
                return;
            }

            foreach (var child in c.Children) Header(child, level + 1);
            cells.Add((level, start, 1, position - start, c.Label));
        }

        static int Depth(ColumnLayout c) => 1 + (c.Children.Count == 0 ? 0 : c.Children.Max(Depth));

        static bool Under(RowLayout row, RowLayout ancestor)
        {
            for (var r = row; r is not null; r = r.Parent) if (ReferenceEquals(r, ancestor)) return true;
            return false;
        }
    }

    html.Append("<table border=\"1\" cellspacing=\"0\">\n");
    foreach (var line in cells.GroupBy(c => c.R).OrderBy(g => g.Key))
    {
        html.Append("<tr>");
        foreach (var c in line.OrderBy(c => c.C))
        {
            html.Append("<td");
            if (c.RS > 1) html.Append(" rowspan=\"").Append(c.RS).Append('"');
            if (c.CS > 1) html.Append(" colspan=\"").Append(c.CS).Append('"');
            html.Append('>').Append(E(c.T)).Append("</td>");
        }

        html.Append("</tr>\n");
    }

    html.Append("</table>\n");
}

string Format(CellLayout cell)
{
    if (report is DisclosureReport2019 r && r.ProactiveDisclosure.CentralizedProcurement.TotalAmountText is { } printed
        && cell.Pointer == "/proactiveDisclosure/centralizedProcurement/totalAmount")
    {
        return printed;
    }

    return cell.GetValue(report) is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";
}

static string E(string text) => WebUtility.HtmlEncode(text);
