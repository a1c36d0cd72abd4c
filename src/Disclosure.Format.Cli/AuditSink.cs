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

    /// <summary>A file found in a folder (or by a pattern) that is not a report: skipped, with the reason.</summary>
    public abstract void Skipped(InputFile input, string reason);

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

        public override void Skipped(InputFile input, string reason) => output.WriteLine($"{input.DisplayName}: skipped: {reason}");

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
    /// <c>crossYear</c> (one object per consecutive pair, in the order the pairs were checked; spooled to a temporary
    /// file until the reports are done), <c>agencies</c> (per agency, per year) and <c>summary</c>.
    /// </summary>
    private sealed class JsonSink : AuditSink
    {
        private readonly TextWriter output;
        private readonly System.Buffers.ArrayBufferWriter<byte> buffer = new(4096);
        private readonly Utf8JsonWriter writer;
        private char[] chars = new char[4096];
        private FileStream? crossYearSpool;
        private StreamWriter? crossYear;
        private readonly List<(string File, string Reason)> skipped = [];
        private int reports;
        private int pairs;

        public JsonSink(TextWriter output)
        {
            this.output = output;
            writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
            {
                Indented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
            output.Write("{\n  \"reports\": [");
        }

        public override void Report(AuditedReport report) => Element(output, reports++, w =>
        {
            w.WriteStartObject();
            w.WriteString("file", report.Input.DisplayName);
            w.WriteBoolean("readable", true);
            w.WriteString("readAs", InputFormats.Name(report.Format));
            if (report.Encoding is { } encoding) w.WriteString("encoding", encoding.ToString());
            w.WriteString("edition", ((int)report.Report.Edition).ToString(CultureInfo.InvariantCulture));
            w.WriteString("agency", report.Report.Metadata.Agency);
            w.WriteString("agencyKey", report.AgencyKey);
            w.WriteNumber("year", report.Report.Metadata.Year);
            w.WriteBoolean("valid", report.Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error));
            WriteIndicators(w, report.Indicators);
            WriteDiagnostics(w, report.Diagnostics);
            w.WriteEndObject();
        });

        public override void Unreadable(InputFile input, IReadOnlyList<Diagnostic> diagnostics) => Element(output, reports++, w =>
        {
            w.WriteStartObject();
            w.WriteString("file", input.DisplayName);
            w.WriteBoolean("readable", false);
            w.WriteBoolean("valid", false);
            WriteDiagnostics(w, diagnostics);
            w.WriteEndObject();
        });

        public override void Skipped(InputFile input, string reason) => skipped.Add((input.DisplayName, reason));

        public override void CrossYear(AgencyYear previous, AgencyYear current, IReadOnlyList<Diagnostic> diagnostics)
        {
            if (crossYear is null)
            {
                var path = Path.Combine(Path.GetTempPath(), $"disclosure-audit-{Guid.NewGuid():N}.json.part");
                crossYearSpool = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 65536, FileOptions.DeleteOnClose);
                crossYear = new StreamWriter(crossYearSpool, new UTF8Encoding(false), 65536);
            }

            Element(crossYear, pairs++, w =>
            {
                w.WriteStartObject();
                w.WriteString("agencyKey", current.Key);
                w.WriteNumber("previousYear", previous.Year);
                w.WriteNumber("year", current.Year);
                w.WriteString("previousFile", previous.Files[0]);
                w.WriteString("file", current.Files[0]);
                WriteDiagnostics(w, diagnostics);
                w.WriteEndObject();
            });
        }

        public override void End(AuditSummary summary, IReadOnlyList<AgencyYear> agencyYears)
        {
            output.Write("\n  ],\n  \"crossYear\": [");
            if (crossYear is not null && crossYearSpool is not null)
            {
                crossYear.Flush();
                crossYearSpool.Position = 0;
                using var reader = new StreamReader(crossYearSpool, new UTF8Encoding(false), false, 65536, leaveOpen: true);
                var chars = new char[65536];
                int n;
                while ((n = reader.Read(chars, 0, chars.Length)) > 0) output.Write(chars, 0, n);
            }

            output.Write("\n  ],\n  \"agencies\": [");
            var index = 0;
            foreach (var agency in agencyYears.GroupBy(a => a.Key))
            {
                Element(output, index++, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("agencyKey", agency.Key);
                    w.WriteString("agency", agency.MaxBy(a => a.Year)!.AgencyAsPrinted);
                    w.WriteStartArray("years");
                    foreach (var a in agency)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("year", a.Year);
                        w.WriteString("agency", a.AgencyAsPrinted);
                        w.WriteString("edition", ((int)a.Edition).ToString(CultureInfo.InvariantCulture));
                        w.WriteStartArray("files");
                        foreach (var f in a.Files) w.WriteStringValue(f);
                        w.WriteEndArray();
                        w.WriteNumber("errors", a.Errors);
                        w.WriteNumber("warnings", a.Warnings);
                        w.WriteBoolean("checkedAgainstPreviousYear", a.CheckedAgainstPreviousYear);
                        w.WriteNumber("crossYearErrors", a.CrossYearErrors);
                        w.WriteNumber("crossYearWarnings", a.CrossYearWarnings);
                        WriteIndicators(w, a.Indicators);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
            }

            output.Write("\n  ],\n  \"summary\": ");
            WriteIndented(output, Serialize(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("reports", summary.Reports);
                w.WriteNumber("agencies", summary.Agencies);
                w.WriteNumber("reportsWithErrors", summary.ReportsWithErrors);
                w.WriteNumber("unreadable", summary.Unreadable);
                w.WriteNumber("warnings", summary.Warnings);
                w.WriteNumber("consecutivePairs", summary.ConsecutivePairs);
                w.WriteNumber("pairsWithErrors", summary.PairsWithErrors);
                w.WriteStartArray("skipped");
                foreach (var (file, reason) in skipped)
                {
                    w.WriteStartObject();
                    w.WriteString("file", file);
                    w.WriteString("reason", reason);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }), "  ", first: false);
            output.Write("\n}\n");
        }

        /// <summary>Writes one element of an array at depth 2: a comma before all but the first, indented.</summary>
        private void Element(TextWriter target, int index, Action<Utf8JsonWriter> write)
        {
            target.Write(index == 0 ? "\n" : ",\n");
            WriteIndented(target, Serialize(write), "    ", first: true);
        }

        /// <summary>The UTF-8 of one JSON value written by <paramref name="write"/> (valid until the next call).</summary>
        private ReadOnlySpan<byte> Serialize(Action<Utf8JsonWriter> write)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            write(writer);
            writer.Flush();
            return buffer.WrittenSpan;
        }

        /// <summary>
        /// Writes an indented JSON value with every line after a line break indented by <paramref name="indent"/> (and
        /// the first too when <paramref name="first"/>): JSON strings hold no raw line break, and no byte of a multi-byte
        /// UTF-8 sequence is a line feed, so each piece between line feeds decodes on its own. Decoded into one reused
        /// buffer: no string per value.
        /// </summary>
        private void WriteIndented(TextWriter target, ReadOnlySpan<byte> json, string indent, bool first)
        {
            var needed = Encoding.UTF8.GetMaxCharCount(json.Length) + (json.Count((byte)'\n') + 1) * indent.Length;
            if (chars.Length < needed) chars = new char[Math.Max(needed, chars.Length * 2)];
            var at = 0;
            if (first)
            {
                indent.CopyTo(chars.AsSpan(at));
                at += indent.Length;
            }

            while (true)
            {
                var end = json.IndexOf((byte)'\n');
                at += Encoding.UTF8.GetChars(end < 0 ? json : json.Slice(0, end + 1), chars.AsSpan(at));
                if (end < 0) break;
                indent.CopyTo(chars.AsSpan(at));
                at += indent.Length;
                json = json.Slice(end + 1);
            }

            target.Write(chars, 0, at);
        }

        private static void WriteIndicators(Utf8JsonWriter w, IReadOnlyList<AuditIndicator> indicators)
        {
            if (indicators.Count == 0) return;
            w.WriteStartObject("indicators");
            foreach (var i in indicators)
            {
                if (i.Value is { } value) w.WriteNumber(i.Code, value);
                else w.WriteNull(i.Code);
            }

            w.WriteEndObject();
        }

        private static void WriteDiagnostics(Utf8JsonWriter w, IReadOnlyList<Diagnostic> diagnostics)
        {
            w.WriteStartArray("diagnostics");
            foreach (var d in diagnostics) DiagnosticWriter.WriteJson(w, d);
            w.WriteEndArray();
        }

        public override void Dispose()
        {
            writer.Dispose();
            crossYear?.Dispose();
            crossYearSpool?.Dispose();
        }
    }

    /// <summary>
    /// CSV (RFC 4180, CRLF, UTF-8 BOM), one row per finding and per indicator, written as it goes:
    /// <c>record,file,agency,agency_key,year,edition,code,severity,pointer,line,column,expected,actual,value,message,message_zh</c>
    /// where <c>record</c> is <c>diagnostic</c>, <c>cross-year</c>, <c>indicator</c>, <c>unreadable</c> or <c>skipped</c>
    /// (a file found in a folder that is not a report: its reason in <c>message</c>).
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

        public override void Skipped(InputFile input, string reason) =>
            CsvReportWriter.Row(output, "skipped", input.DisplayName, "", "", "", "", "", "", "", "", "", "", "", "", reason, "");

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
}
