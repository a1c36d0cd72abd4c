using System.Globalization;
using System.Text;
using System.Text.Json;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Cli;

/// <summary>Where the audit writes its findings as it goes: text, JSON or CSV on standard output.</summary>
internal abstract class AuditSink : IDisposable
{
    /// <summary>The sink of a <c>--format</c>.</summary>
    public static AuditSink Create(string format, TextWriter output) => format switch
    {
        "json" => new JsonSink(output),
        "csv" => new CsvSink(output),
        _ => new TextSink(output),
    };

    /// <summary>A report that was read and checked.</summary>
    public abstract void Report(AuditedReport report);

    /// <summary>An input that could not be read as a report.</summary>
    public abstract void Unreadable(InputFile input, IReadOnlyList<Diagnostic> diagnostics);

    /// <summary>The cross-year check of <paramref name="current"/> against the year before.</summary>
    public abstract void CrossYear(AgencyYear previous, AgencyYear current, IReadOnlyList<Diagnostic> diagnostics);

    /// <summary>The end: the summary per agency and year.</summary>
    public abstract void End(AuditSummary summary, IReadOnlyList<AgencyYear> agencyYears);

    /// <inheritdoc />
    public virtual void Dispose()
    {
    }

    internal static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One line per finding (as <c>validate</c> writes them), then one line per agency and year.</summary>
    private sealed class TextSink(TextWriter output) : AuditSink
    {
        public override void Report(AuditedReport report) =>
            DiagnosticWriter.WriteText(report.Input.DisplayName, report.Diagnostics, output);

        public override void Unreadable(InputFile input, IReadOnlyList<Diagnostic> diagnostics) =>
            DiagnosticWriter.WriteText(input.DisplayName, diagnostics, output);

        public override void CrossYear(AgencyYear previous, AgencyYear current, IReadOnlyList<Diagnostic> diagnostics) =>
            DiagnosticWriter.WriteText($"{current.Files[0]} (against {previous.Year}: {previous.Files[0]})", diagnostics, output);

        public override void End(AuditSummary summary, IReadOnlyList<AgencyYear> agencyYears)
        {
            if (agencyYears.Count > 0) output.WriteLine();
            foreach (var a in agencyYears)
            {
                var cross = a.CheckedAgainstPreviousYear
                    ? $"; against {a.Year - 1}: {a.CrossYearErrors} error(s), {a.CrossYearWarnings} warning(s)"
                    : "";
                var files = a.Files.Count == 1 ? a.Files[0] : $"{a.Files.Count} files: {string.Join(", ", a.Files)}";
                output.WriteLine($"{a.AgencyAsPrinted} {a.Year}: {a.Errors} error(s), {a.Warnings} warning(s){cross} ({files})");
            }
        }
    }

    /// <summary>
    /// One JSON document, written as it goes: <c>reports</c> (one object per input, in input order),
    /// <c>crossYear</c> (one object per consecutive pair), <c>agencies</c> (per agency, per year) and <c>summary</c>.
    /// </summary>
    private sealed class JsonSink : AuditSink
    {
        private readonly TextWriterStream stream;
        private readonly Utf8JsonWriter writer;
        private bool crossYearStarted;

        public JsonSink(TextWriter output)
        {
            stream = new TextWriterStream(output);
            writer = new Utf8JsonWriter(stream, new JsonWriterOptions
            {
                Indented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
            writer.WriteStartObject();
            writer.WriteStartArray("reports");
        }

        public override void Report(AuditedReport report)
        {
            writer.WriteStartObject();
            writer.WriteString("file", report.Input.DisplayName);
            writer.WriteBoolean("readable", true);
            writer.WriteString("edition", ((int)report.Report.Edition).ToString(CultureInfo.InvariantCulture));
            writer.WriteString("agency", report.Report.Metadata.Agency);
            writer.WriteString("agencyKey", report.AgencyKey);
            writer.WriteNumber("year", report.Report.Metadata.Year);
            writer.WriteBoolean("valid", report.Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error));
            WriteIndicators(report.Indicators);
            WriteDiagnostics(report.Diagnostics);
            writer.WriteEndObject();
            writer.Flush();
        }

        public override void Unreadable(InputFile input, IReadOnlyList<Diagnostic> diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("file", input.DisplayName);
            writer.WriteBoolean("readable", false);
            writer.WriteBoolean("valid", false);
            WriteDiagnostics(diagnostics);
            writer.WriteEndObject();
            writer.Flush();
        }

        public override void CrossYear(AgencyYear previous, AgencyYear current, IReadOnlyList<Diagnostic> diagnostics)
        {
            if (!crossYearStarted)
            {
                writer.WriteEndArray();
                writer.WriteStartArray("crossYear");
                crossYearStarted = true;
            }

            writer.WriteStartObject();
            writer.WriteString("agencyKey", current.Key);
            writer.WriteNumber("previousYear", previous.Year);
            writer.WriteNumber("year", current.Year);
            writer.WriteString("previousFile", previous.Files[0]);
            writer.WriteString("file", current.Files[0]);
            WriteDiagnostics(diagnostics);
            writer.WriteEndObject();
            writer.Flush();
        }

        public override void End(AuditSummary summary, IReadOnlyList<AgencyYear> agencyYears)
        {
            if (!crossYearStarted)
            {
                writer.WriteEndArray();
                writer.WriteStartArray("crossYear");
            }

            writer.WriteEndArray();
            writer.WriteStartArray("agencies");
            foreach (var agency in agencyYears.GroupBy(a => a.Key))
            {
                writer.WriteStartObject();
                writer.WriteString("agencyKey", agency.Key);
                writer.WriteString("agency", agency.First().AgencyAsPrinted);
                writer.WriteStartArray("years");
                foreach (var a in agency)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("year", a.Year);
                    writer.WriteString("edition", ((int)a.Edition).ToString(CultureInfo.InvariantCulture));
                    writer.WriteStartArray("files");
                    foreach (var f in a.Files) writer.WriteStringValue(f);
                    writer.WriteEndArray();
                    writer.WriteNumber("errors", a.Errors);
                    writer.WriteNumber("warnings", a.Warnings);
                    writer.WriteBoolean("checkedAgainstPreviousYear", a.CheckedAgainstPreviousYear);
                    writer.WriteNumber("crossYearErrors", a.CrossYearErrors);
                    writer.WriteNumber("crossYearWarnings", a.CrossYearWarnings);
                    WriteIndicators(a.Indicators);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.Flush();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("reports", summary.Reports);
            writer.WriteNumber("agencies", summary.Agencies);
            writer.WriteNumber("reportsWithErrors", summary.ReportsWithErrors);
            writer.WriteNumber("unreadable", summary.Unreadable);
            writer.WriteNumber("warnings", summary.Warnings);
            writer.WriteNumber("consecutivePairs", summary.ConsecutivePairs);
            writer.WriteNumber("pairsWithErrors", summary.PairsWithErrors);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteNewline();
        }

        private void WriteIndicators(IReadOnlyList<IndicatorValue> indicators)
        {
            if (indicators.Count == 0) return;
            writer.WriteStartObject("indicators");
            foreach (var i in indicators)
            {
                if (i.Value is { } value) writer.WriteNumber(i.Code, value);
                else writer.WriteNull(i.Code);
            }

            writer.WriteEndObject();
        }

        private void WriteDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
        {
            writer.WriteStartArray("diagnostics");
            foreach (var d in diagnostics) DiagnosticWriter.WriteJson(writer, d);
            writer.WriteEndArray();
        }

        public override void Dispose() => writer.Dispose();
    }

    /// <summary>
    /// CSV (RFC 4180, CRLF, UTF-8 BOM), one row per finding and per indicator, written as it goes:
    /// <c>record,file,agency,agency_key,year,edition,code,severity,pointer,line,column,expected,actual,value,message,message_zh</c>
    /// where <c>record</c> is <c>diagnostic</c>, <c>cross-year</c>, <c>indicator</c> or <c>unreadable</c>.
    /// </summary>
    private sealed class CsvSink : AuditSink
    {
        private readonly TextWriter output;

        public CsvSink(TextWriter output)
        {
            this.output = output;
            output.Write(CsvReportWriter.ByteOrderMark);
            CsvReportWriter.Row(output, "record", "file", "agency", "agency_key", "year", "edition", "code", "severity", "pointer",
                "line", "column", "expected", "actual", "value", "message", "message_zh");
        }

        public override void Report(AuditedReport report)
        {
            var year = report.Report.Metadata.Year.ToString(CultureInfo.InvariantCulture);
            var edition = ((int)report.Report.Edition).ToString(CultureInfo.InvariantCulture);
            foreach (var d in report.Diagnostics)
            {
                Diagnostic("diagnostic", report.Input.DisplayName, report.Report.Metadata.Agency, report.AgencyKey, year, edition, d);
            }

            foreach (var i in report.Indicators)
            {
                CsvReportWriter.Row(output, "indicator", report.Input.DisplayName, report.Report.Metadata.Agency, report.AgencyKey, year, edition,
                    i.Code, "", "", "", "", "", "", i.Value is { } v ? Invariant(v) : "", i.Name, i.NameZh);
            }
        }

        public override void Unreadable(InputFile input, IReadOnlyList<Diagnostic> diagnostics)
        {
            foreach (var d in diagnostics) Diagnostic("unreadable", input.DisplayName, "", "", "", "", d);
        }

        public override void CrossYear(AgencyYear previous, AgencyYear current, IReadOnlyList<Diagnostic> diagnostics)
        {
            var year = current.Year.ToString(CultureInfo.InvariantCulture);
            var edition = ((int)current.Edition).ToString(CultureInfo.InvariantCulture);
            foreach (var d in diagnostics) Diagnostic("cross-year", current.Files[0], current.AgencyAsPrinted, current.Key, year, edition, d);
        }

        public override void End(AuditSummary summary, IReadOnlyList<AgencyYear> agencyYears)
        {
        }

        private void Diagnostic(string record, string file, string agency, string key, string year, string edition, Diagnostic d) =>
            CsvReportWriter.Row(output, record, file, agency, key, year, edition, d.Code, DiagnosticWriter.Severity(d.Severity), d.Pointer,
                d.Location?.Line?.ToString(CultureInfo.InvariantCulture) ?? "", d.Location?.Column?.ToString(CultureInfo.InvariantCulture) ?? "",
                d.Expected is { } e ? Invariant(e) : "", d.Actual is { } a ? Invariant(a) : "", "", d.Message, d.MessageZh);
    }

    /// <summary>A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/> (for <see cref="Utf8JsonWriter"/>).</summary>
    private sealed class TextWriterStream(TextWriter output) : Stream
    {
        private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
        private char[] chars = new char[4096];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var needed = decoder.GetCharCount(buffer, flush: false);
            if (chars.Length < needed) chars = new char[Math.Max(needed, chars.Length * 2)];
            var n = decoder.GetChars(buffer, chars, flush: false);
            output.Write(chars, 0, n);
        }

        public void WriteNewline() => output.Write('\n');

        public override void Flush() => output.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
