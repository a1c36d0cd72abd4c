using System.Globalization;
using Disclosure.Format.Json;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Cli;

/// <summary>
/// Writes every cell of a report as CSV: <c>table,row,column,pointer,value</c>, where <c>row</c> is the official row
/// label path joined by <c> / </c> and <c>value</c> is empty for a blank cell, preceded by <c>meta</c> rows for the
/// edition, year and agency (and, for a report imported from text or HTML bytes, the encoding they were decoded with
/// and how it was decided). CSV is RFC 4180: records end with CRLF and fields holding a comma, quote or line break
/// are quoted; files (and standard output) start with a UTF-8 byte order mark, which Excel on a Chinese Windows
/// needs to read UTF-8 rather than GBK.
/// </summary>
internal static class CsvReportWriter
{
    /// <summary>The byte order mark written first (as UTF-8: EF BB BF).</summary>
    public const char ByteOrderMark = '\uFEFF';

    /// <summary>The end of an RFC 4180 record.</summary>
    public const string RecordEnd = "\r\n";

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    public static void Write(DisclosureReport report, TextWriter writer, Import.SourceEncoding? encoding = null)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        writer.Write("table,row,column,pointer,value" + RecordEnd);
        Row(writer, "meta", "edition", "", "/edition", ((int)report.Edition).ToString(CultureInfo.InvariantCulture));
        Row(writer, "meta", "year", "", "/metadata/year", report.Metadata.Year.ToString(CultureInfo.InvariantCulture));
        Row(writer, "meta", "agency", "", "/metadata/agency", report.Metadata.Agency);
        if (encoding is not null) Row(writer, "meta", "encoding", "", "", encoding.ToString());
        foreach (var cell in LayoutCatalog.For(report.Edition).Cells)
        {
            Row(writer, cell.Table.Key, cell.Row.LabelPathText, cell.Column.Label, cell.Pointer,
                cell.GetValue(report)?.ToString(CultureInfo.InvariantCulture) ?? "");
        }
    }

    /// <summary>Writes one record: the fields, escaped, separated by commas, ending with CRLF.</summary>
    public static void Row(TextWriter writer, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Escape(fields[i]));
        }

        writer.Write(RecordEnd);
    }

    /// <summary>Quotes a field when it holds a comma, quote or line break (RFC 4180).</summary>
    public static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
