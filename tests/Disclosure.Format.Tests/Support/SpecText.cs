using System.Text.RegularExpressions;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Tests.Support;

/// <summary>Reads label lists out of the specification and flattens catalog headers, for the catalog tests of both editions.</summary>
public static class SpecText
{
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
