using System.Text.RegularExpressions;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Tests.Support;

/// <summary>Reads label lists out of the specification and flattens catalog headers, for the catalog tests of both editions.</summary>
public static class SpecText
{
    /// <summary>
    /// The whole catalog as text, one line per section, part, table, column header, row and cell (labels, pointers,
    /// indexes and value kinds): what the catalog snapshot tests of both editions compare.
    /// </summary>
    public static string Describe(LayoutCatalog catalog)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine($"{catalog.Edition} {catalog.FormatTitle} {catalog.DocumentNumber}");
        foreach (var section in catalog.Sections)
        {
            sb.AppendLine($"section {section.Number} {section.Label} | {section.EnglishName} | {section.Pointer} | table {section.Table?.Key ?? "-"}");
            foreach (var part in section.Parts) sb.AppendLine($"  part {part.Label} | {part.EnglishName} | {part.Pointer}");
        }

        foreach (var table in catalog.Tables)
        {
            sb.AppendLine($"table {table.Key} {table.Label} | {table.EnglishName} | {table.Pointer} | note {table.Note ?? "-"}");
            foreach (var column in ColumnPaths(table.Columns)) sb.AppendLine($"  column {column}");
            foreach (var row in table.Rows)
            {
                sb.AppendLine($"  row {row.Key} | {row.LabelPathText} | {row.EnglishName} | {row.Pointer ?? "-"}{(row.HeaderLabel is null ? "" : " | header " + row.HeaderLabel)}");
                foreach (var cell in row.Cells) sb.AppendLine($"    cell {cell.Index} {cell.Column.Label} | {cell.Column.EnglishName} | {cell.ValueKind} | {cell.Pointer}");
            }
        }

        return sb.ToString();
    }

    /// <summary>Every header of a column tree, depth first, as " / "-joined label paths.</summary>
    public static IEnumerable<string> ColumnPaths(IEnumerable<ColumnLayout> columns) =>
        columns.SelectMany(c => new[] { string.Join(" / ", c.LabelPath) }.Concat(ColumnPaths(c.Children)));

    /// <summary>Reads a Markdown bullet list of back-ticked labels after a heading line into " / "-joined label paths.</summary>
    public static List<string> NestedList(string text, string heading)
    {
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{heading}' not found in the specification");
        var paths = new List<string>();
        var stack = new List<string>();
        foreach (var line in text.Substring(start + heading.Length).Split('\n').SkipWhile(string.IsNullOrWhiteSpace))
        {
            var m = Regex.Match(line, @"^( *)\* `([^`]+)`\s*$");
            if (!m.Success) break;
            var depth = m.Groups[1].Value.Length / 2;
            stack.RemoveRange(depth, stack.Count - depth);
            stack.Add(m.Groups[2].Value);
            paths.Add(string.Join(" / ", stack));
        }

        return paths;
    }
}
