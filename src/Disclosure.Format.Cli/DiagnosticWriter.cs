using System.Globalization;
using System.Text.Json;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Cli;

/// <summary>Writes diagnostics as text lines or as JSON.</summary>
internal static class DiagnosticWriter
{
    /// <summary>One line per diagnostic: <c>file(line,col): severity CODE at pointer: message / 中文</c> (a document cell adds <c>, table T, row R, cell C</c>).</summary>
    public static void WriteText(string file, IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            var where = d.Location is { } l ? (l with { Source = file }).ToString() : file;
            var pointer = d.Pointer.Length == 0 ? "/" : d.Pointer;
            writer.WriteLine($"{where}: {Severity(d.Severity)} {d.Code} at {pointer}: {d.Message} / {d.MessageZh}");
        }
    }

    /// <summary>Writes one diagnostic as a JSON object.</summary>
    public static void WriteJson(Utf8JsonWriter writer, Diagnostic d)
    {
        writer.WriteStartObject();
        writer.WriteString("code", d.Code);
        writer.WriteString("severity", Severity(d.Severity));
        writer.WriteString("pointer", d.Pointer);
        writer.WriteStartArray("relatedPointers");
        foreach (var p in d.RelatedPointers) writer.WriteStringValue(p);
        writer.WriteEndArray();
        if (d.Expected is { } expected) writer.WriteNumber("expected", expected);
        if (d.Actual is { } actual) writer.WriteNumber("actual", actual);
        if (d.Formula is not null) writer.WriteString("formula", d.Formula);
        writer.WriteString("message", d.Message);
        writer.WriteString("messageZh", d.MessageZh);
        if (d.Location is { } location)
        {
            writer.WriteStartObject("location");
            if (location.Source is not null) writer.WriteString("source", location.Source);
            if (location.Line is { } line) writer.WriteNumber("line", line);
            if (location.Column is { } column) writer.WriteNumber("column", column);
            if (location.Page is { } page) writer.WriteNumber("page", page);
            if (location.Box is { } box)
            {
                // Where on the page, in points from its top-left corner (a PDF cell's box).
                writer.WriteStartObject("box");
                writer.WriteNumber("x", Math.Round(box.X, 1));
                writer.WriteNumber("y", Math.Round(box.Y, 1));
                writer.WriteNumber("width", Math.Round(box.Width, 1));
                writer.WriteNumber("height", Math.Round(box.Height, 1));
                writer.WriteEndObject();
            }

            if (location.Table is { } table) writer.WriteNumber("table", table);
            if (location.Row is { } row) writer.WriteNumber("row", row);
            if (location.Cell is { } cell) writer.WriteNumber("cell", cell);
            if (location.Sheet is not null) writer.WriteString("sheet", location.Sheet);
            if (location.Address is not null) writer.WriteString("address", location.Address);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>The lower-case severity name used in output.</summary>
    public static string Severity(DiagnosticSeverity severity) => severity.ToString().ToLower(CultureInfo.InvariantCulture);
}
