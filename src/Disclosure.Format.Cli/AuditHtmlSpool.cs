using System.Globalization;
using System.Net;
using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Cli;

/// <summary>
/// The audit's HTML page (<c>--html</c>): one self-contained file (inline CSS and SVG, no script, font or image from
/// elsewhere) with the agencies by year, every error and warning down to its cell and source location, and the
/// indicators over the years as small inline SVG charts. Each report's part is written to a spool file as soon as the
/// report is checked, and the page is put together from the spool at the end, so the page never holds the reports in
/// memory.
/// </summary>
internal sealed class AuditHtmlSpool : IDisposable
{
    private readonly FileStream spool;
    private readonly StreamWriter writer;
    private readonly List<(long Offset, int Length)> unreadable = [];
    private readonly List<(string File, string Reason)> skipped = [];

    public AuditHtmlSpool()
    {
        var path = Path.Combine(Path.GetTempPath(), $"disclosure-audit-{Guid.NewGuid():N}.html.part");
        spool = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 65536, FileOptions.DeleteOnClose);
        writer = new StreamWriter(spool, new UTF8Encoding(false), 65536) { NewLine = "\n" };
    }

    /// <summary>Spools the part of one checked report; returns where it lies.</summary>
    public (long Offset, int Length) Report(AuditedReport report) => Spool(w =>
    {
        var (errors, warnings) = Severities.Count(report.Diagnostics);
        w.Write($"<div class=\"report\"><p class=\"file\"><code>{E(report.Input.DisplayName)}</code> · {(int)report.Report.Edition} 版 edition · ");
        w.Write(Counts(errors, warnings));
        if (!string.Equals(AgencyNames.Normalize(report.Report.Metadata.Agency), report.Report.Metadata.Agency, StringComparison.Ordinal))
        {
            w.Write($" · 署名 as printed: {E(report.Report.Metadata.Agency)}");
        }

        w.Write("</p>\n");
        Diagnostics(w, report.Input.DisplayName, report.Report.Edition, report.Diagnostics);
        w.Write("</div>\n");
    });

    /// <summary>Spools an input that could not be read.</summary>
    public void Unreadable(InputFile input, IReadOnlyList<Diagnostic> diagnostics) => unreadable.Add(Spool(w =>
    {
        w.Write($"<div class=\"report\"><p class=\"file\"><code>{E(input.DisplayName)}</code></p>\n");
        Diagnostics(w, input.DisplayName, null, diagnostics);
        w.Write("</div>\n");
    }));

    /// <summary>Notes a file found in a folder that is not a report (listed at the end of the page).</summary>
    public void Skipped(InputFile input, string reason) => skipped.Add((input.DisplayName, reason));

    /// <summary>Spools the cross-year check of a year against the year before.</summary>
    public (long Offset, int Length) CrossYear(AgencyYear previous, AgencyYear current, IReadOnlyList<Diagnostic> diagnostics) => Spool(w =>
    {
        var (errors, warnings) = Severities.Count(diagnostics);
        w.Write($"<div class=\"report cross\"><p class=\"file\">与上年对照 Against {previous.Year}: <code>{E(previous.Files[0])}</code> → <code>{E(current.Files[0])}</code> · ");
        w.Write(Counts(errors, warnings));
        w.Write("</p>\n");
        Diagnostics(w, current.Files[0], current.Edition, diagnostics);
        w.Write("</div>\n");
    });

    /// <summary>Writes the whole page.</summary>
    public void WritePage(TextWriter page, AuditSummary summary, IReadOnlyList<AgencyYear> agencyYears)
    {
        writer.Flush();
        // The years found (a report whose year could not be read counts as year 0, shown as ?).
        var years = agencyYears.Select(a => a.Year).Distinct().Order().ToList();
        var agencies = agencyYears.GroupBy(a => a.Key, StringComparer.Ordinal)
            // An agency is shown by its name as printed in its latest year.
            .Select((g, i) => (Id: $"a{i + 1}", Key: g.Key, Name: g.MaxBy(a => a.Year)!.AgencyAsPrinted, Years: g.ToDictionary(a => a.Year)))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();

        page.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Write("<title>政府信息公开工作年度报告审计 · Audit of annual disclosure reports</title>\n");
        page.Write("<style>\n" + Css + "</style>\n</head>\n<body>\n");
        page.Write("<header><h1>政府信息公开工作年度报告审计<span class=\"en\">Audit of annual government-information-disclosure reports</span></h1>\n");
        page.Write("<ul class=\"totals\">");
        Total(page, summary.Reports, "份报告", "reports");
        Total(page, summary.Agencies, "个机关", "agencies");
        Total(page, summary.ReportsWithErrors, "份有错误", "with errors", summary.ReportsWithErrors > 0 ? "err" : "ok");
        Total(page, summary.Warnings, "条警告", "warnings", summary.Warnings > 0 ? "warn" : "ok");
        Total(page, summary.ConsecutivePairs, "组连续年度", "consecutive pairs");
        Total(page, summary.Unreadable, "份无法读取", "unreadable", summary.Unreadable > 0 ? "err" : "ok");
        if (summary.Skipped > 0) Total(page, summary.Skipped, "个非报告文件已跳过", "skipped (not reports)");
        page.Write("</ul></header>\n<main>\n");

        // The matrix: agencies by year.
        page.Write("<section><h2>机关与年度<span class=\"en\">Agencies by year</span></h2>\n<table class=\"matrix\"><thead><tr><th scope=\"col\">机关 Agency</th>");
        foreach (var y in years) page.Write($"<th scope=\"col\">{YearLabel(y)}</th>");
        page.Write("</tr></thead>\n<tbody>\n");
        foreach (var agency in agencies)
        {
            page.Write($"<tr><th scope=\"row\"><a href=\"#{agency.Id}\">{E(agency.Name)}</a></th>");
            foreach (var y in years)
            {
                if (!agency.Years.TryGetValue(y, out var a))
                {
                    page.Write("<td class=\"none\"></td>");
                    continue;
                }

                var errors = a.Errors + a.CrossYearErrors;
                var warnings = a.Warnings + a.CrossYearWarnings;
                var css = errors > 0 ? "err" : warnings > 0 ? "warn" : "ok";
                var text = errors > 0 ? $"{errors} 错" : warnings > 0 ? $"{warnings} 警" : "无误";
                var link = a.CheckedAgainstPreviousYear ? "<span class=\"pair\" title=\"与上年对照 checked against the year before\">↔</span>" : "";
                var twice = a.Files.Count > 1 ? $"<span class=\"dup\" title=\"{a.Files.Count} files\">×{a.Files.Count}</span>" : "";
                page.Write($"<td class=\"{css}\"><a href=\"#{agency.Id}-{y}\">{text}</a>{link}{twice}</td>");
            }

            page.Write("</tr>\n");
        }

        page.Write("</tbody></table>\n<p class=\"legend\"><span class=\"swatch err\"></span>有错误 errors <span class=\"swatch warn\"></span>仅警告 warnings only <span class=\"swatch ok\"></span>无错误无警告 clean · ↔ 与上年报告对照 checked against the previous year · ×2 同一年度多份文件 several files for one year</p></section>\n");

        // One section per agency.
        foreach (var agency in agencies)
        {
            var entries = agency.Years.Values.OrderBy(a => a.Year).ToList();
            page.Write($"<section class=\"agency\" id=\"{agency.Id}\"><h2>{E(agency.Name)}</h2>\n");
            var printed = entries.Select(a => a.AgencyAsPrinted).Distinct(StringComparer.Ordinal).ToList();
            page.Write($"<p class=\"key\">归并名称 grouped as <code>{E(agency.Key.Length == 0 ? "（未署名 no agency）" : agency.Key)}</code>");
            if (printed.Count > 1) page.Write(" · 各年署名 as printed: " + string.Join("、", printed.Select(E)));
            page.Write("</p>\n");
            Indicators(page, entries);
            foreach (var a in entries)
            {
                var errors = a.Errors + a.CrossYearErrors;
                var warnings = a.Warnings + a.CrossYearWarnings;
                page.Write($"<details id=\"{agency.Id}-{a.Year}\"{(errors + warnings > 0 ? " open" : "")}><summary><span class=\"year\">{YearLabel(a.Year)}</span> ");
                page.Write(Counts(errors, warnings));
                page.Write("</summary>\n");
                foreach (var (offset, length) in a.Fragments) Copy(page, offset, length);
                page.Write("</details>\n");
            }

            page.Write("</section>\n");
        }

        if (unreadable.Count > 0)
        {
            page.Write("<section><h2>无法读取的文件<span class=\"en\">Inputs that could not be read as reports</span></h2>\n");
            foreach (var (offset, length) in unreadable) Copy(page, offset, length);
            page.Write("</section>\n");
        }

        if (skipped.Count > 0)
        {
            page.Write("<section><h2>跳过的非报告文件<span class=\"en\">Files skipped: not reports</span></h2>\n<ul class=\"skipped\">\n");
            foreach (var (file, reason) in skipped) page.Write($"<li><code>{E(file)}</code>: {E(reason)}</li>\n");
            page.Write("</ul></section>\n");
        }

        page.Write($"</main>\n<footer>disclosure audit · {E(CliApp.Version)}</footer>\n</body>\n</html>\n");
    }

    public void Dispose()
    {
        writer.Dispose();
        spool.Dispose();
    }

    private (long Offset, int Length) Spool(Action<TextWriter> write)
    {
        writer.Flush();
        var start = spool.Position;
        write(writer);
        writer.Flush();
        return (start, checked((int)(spool.Position - start)));
    }

    private void Copy(TextWriter page, long offset, int length)
    {
        var buffer = new byte[length];
        spool.Position = offset;
        spool.ReadExactly(buffer);
        spool.Position = spool.Length;
        page.Write(Encoding.UTF8.GetString(buffer));
    }

    private static void Diagnostics(TextWriter w, string file, ReportEdition? edition, IReadOnlyList<Diagnostic> diagnostics)
    {
        var shown = diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).ToList();
        var notes = diagnostics.Count - shown.Count;
        if (shown.Count > 0)
        {
            w.Write("<table class=\"diags\"><thead><tr><th scope=\"col\">级别 Severity</th><th scope=\"col\">代码 Code</th><th scope=\"col\">单元格 Cell</th><th scope=\"col\">来源位置 Source</th><th scope=\"col\">说明 Message</th></tr></thead><tbody>\n");
            foreach (var d in shown)
            {
                var severity = d.Severity == DiagnosticSeverity.Error ? "err" : "warn";
                w.Write($"<tr class=\"{severity}\"><td>{(d.Severity == DiagnosticSeverity.Error ? "错误 error" : "警告 warning")}</td><td><code>{E(d.Code)}</code></td><td>");
                if (edition is { } ed && d.Pointer.Length > 0 && LayoutCatalog.For(ed).FindCell(d.Pointer) is { } cell)
                {
                    w.Write($"{E(cell.Table.Key)} {E(cell.Row.LabelPathText)} · {E(cell.Column.Label)}<br>");
                }

                w.Write($"<code class=\"ptr\">{E(d.Pointer.Length == 0 ? "/" : d.Pointer)}</code></td><td>");
                w.Write(d.Location is { } l ? $"<code>{E((l with { Source = l.Source ?? file }).ToString())}</code>" : $"<code>{E(file)}</code>");
                w.Write($"</td><td>{E(d.MessageZh)}<br><span class=\"en\">{E(d.Message)}</span>");
                if (d.Expected is { } expected || d.Actual is not null)
                {
                    w.Write($"<br><span class=\"figures\">应为 expected {Number(d.Expected)} · 实为 actual {Number(d.Actual)}</span>");
                }

                w.Write("</td></tr>\n");
            }

            w.Write("</tbody></table>\n");
        }
        else
        {
            w.Write("<p class=\"clean\">未发现错误或警告 No error or warning.</p>\n");
        }

        if (notes > 0) w.Write($"<p class=\"notes\">另有 {notes} 条提示（如空白单元格）· {notes} info note(s), e.g. blank cells.</p>\n");
    }

    private static void Indicators(TextWriter page, List<AgencyYear> entries)
    {
        var codes = entries.SelectMany(a => a.Indicators).Select(i => (i.Code, i.Name, i.NameZh, i.IsRatio)).Distinct().ToList();
        if (codes.Count == 0) return;
        page.Write("<table class=\"indicators\"><thead><tr><th scope=\"col\">指标 Indicator</th>");
        foreach (var a in entries) page.Write($"<th scope=\"col\">{YearLabel(a.Year)}</th>");
        page.Write("<th scope=\"col\">趋势 Trend</th></tr></thead><tbody>\n");
        foreach (var (code, name, nameZh, isRatio) in codes)
        {
            var values = entries.Select(a => a.Indicators.FirstOrDefault(i => i.Code == code).Value).ToList();
            page.Write($"<tr><th scope=\"row\">{E(nameZh)}<span class=\"en\">{E(name)} · <code>{E(code)}</code></span></th>");
            foreach (var v in values) page.Write($"<td class=\"num\">{(v is { } x ? Format(x, isRatio) : "<span class=\"blank\" title=\"空白或分母为0 blank or zero denominator\">—</span>")}</td>");
            page.Write($"<td>{Sparkline(entries.Select(a => a.Year).ToList(), values)}</td></tr>\n");
        }

        page.Write("</tbody></table>\n");
    }

    /// <summary>A small line chart of the values over the years; a blank year breaks the line.</summary>
    internal static string Sparkline(IReadOnlyList<int> years, IReadOnlyList<decimal?> values)
    {
        const int width = 140, height = 32, pad = 4;
        var known = values.Where(v => v is not null).Select(v => (double)v!.Value).ToList();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"spark\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"");
        sb.Append(E(string.Join(", ", years.Zip(values, (y, v) => $"{y}: {(v is { } x ? Format(x, false) : "—")}"))));
        sb.Append("\">");
        if (known.Count > 0 && years.Count > 0)
        {
            double min = known.Min(), max = known.Max();
            if (max == min) { min -= 1; max += 1; }
            var span = Math.Max(1, years[^1] - years[0]);
            double X(int year) => pad + (width - 2 * pad) * (year - years[0]) / (double)span;
            double Y(double v) => height - pad - (height - 2 * pad) * (v - min) / (max - min);
            var segment = new List<string>();
            void Flush()
            {
                if (segment.Count > 1) sb.Append("<polyline fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"1.5\" points=\"").Append(string.Join(' ', segment)).Append("\"/>");
                segment.Clear();
            }

            for (var i = 0; i < years.Count; i++)
            {
                if (values[i] is not { } v)
                {
                    Flush();
                    continue;
                }

                var point = string.Create(CultureInfo.InvariantCulture, $"{X(years[i]):0.#},{Y((double)v):0.#}");
                segment.Add(point);
                if (i > 0 && years[i] != years[i - 1] + 1) { var last = segment[^1]; Flush(); segment.Add(last); }
            }

            Flush();
            for (var i = 0; i < years.Count; i++)
            {
                if (values[i] is { } v)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(years[i]):0.#}\" cy=\"{Y((double)v):0.#}\" r=\"2.2\" fill=\"#2b6cb0\"/>");
                }
            }
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string YearLabel(int year) => year > 0 ? year.ToString(CultureInfo.InvariantCulture) : "?";

    private static string Format(decimal value, bool isRatio) =>
        isRatio ? (value * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Number(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "—";

    private static string Counts(int errors, int warnings) =>
        (errors > 0 ? $"<span class=\"badge err\">{errors} 错误 errors</span>" : "<span class=\"badge ok\">0 错误 errors</span>") +
        (warnings > 0 ? $" <span class=\"badge warn\">{warnings} 警告 warnings</span>" : "");

    private static void Total(TextWriter page, int value, string zh, string en, string css = "") =>
        page.Write($"<li class=\"{css}\"><b>{value}</b> {zh}<span class=\"en\">{en}</span></li>");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        :root { --err: #c53030; --err-bg: #fff5f5; --warn: #b7791f; --warn-bg: #fffbeb; --ok: #2f855a; --ok-bg: #f0fff4; --line: #d9dee5; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #1a202c; background: #f7f8fa; }
        header { background: #1f3a5f; color: #fff; padding: 18px 28px 14px; }
        h1 { margin: 0 0 10px; font-size: 22px; font-weight: 600; }
        h1 .en, h2 .en { display: block; font-size: 13px; font-weight: 400; opacity: .8; }
        .totals { display: flex; flex-wrap: wrap; gap: 10px; margin: 0; padding: 0; list-style: none; }
        .totals li { background: rgba(255,255,255,.12); border-radius: 6px; padding: 4px 12px; }
        .totals li b { font-size: 18px; margin-right: 2px; }
        .totals li .en { margin-left: 6px; opacity: .75; font-size: 12px; }
        .totals li.err b { color: #feb2b2; } .totals li.warn b { color: #fbd38d; }
        main { padding: 8px 28px 28px; }
        section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; margin: 16px 0; }
        h2 { margin: 0 0 10px; font-size: 17px; font-weight: 600; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; text-align: left; }
        thead th { background: #edf2f7; font-weight: 600; white-space: nowrap; }
        .matrix td { text-align: center; min-width: 58px; white-space: nowrap; }
        .matrix th[scope=row] { font-weight: 400; white-space: nowrap; }
        .matrix td a { color: inherit; text-decoration: none; font-weight: 600; }
        td.err { background: var(--err-bg); color: var(--err); } td.warn { background: var(--warn-bg); color: var(--warn); }
        td.ok { background: var(--ok-bg); color: var(--ok); } td.none { background: #fafafa; }
        .pair { margin-left: 4px; color: #2b6cb0; font-weight: 400; } .dup { margin-left: 3px; font-size: 11px; color: #4a5568; }
        .legend { font-size: 12px; color: #4a5568; margin: 8px 0 0; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 3px 0 10px; vertical-align: middle; }
        .swatch.err { background: var(--err); } .swatch.warn { background: var(--warn); } .swatch.ok { background: var(--ok); }
        .key { color: #4a5568; font-size: 12px; margin: -6px 0 10px; }
        details { border-top: 1px solid var(--line); padding: 6px 0; }
        summary { cursor: pointer; font-weight: 600; }
        .year { display: inline-block; min-width: 44px; }
        .badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; }
        .badge.err { background: var(--err-bg); color: var(--err); border: 1px solid #feb2b2; }
        .badge.warn { background: var(--warn-bg); color: var(--warn); border: 1px solid #f6e05e; }
        .badge.ok { background: var(--ok-bg); color: var(--ok); border: 1px solid #9ae6b4; }
        .report { margin: 8px 0 8px 12px; } .report.cross { border-left: 3px solid #2b6cb0; padding-left: 8px; }
        .file { margin: 4px 0; font-size: 13px; color: #2d3748; }
        .diags { width: 100%; font-size: 12.5px; }
        .diags tr.err td:first-child { color: var(--err); font-weight: 600; } .diags tr.warn td:first-child { color: var(--warn); font-weight: 600; }
        .diags .en, .indicators .en { display: block; color: #4a5568; font-size: 11.5px; }
        .figures { color: #2d3748; font-size: 12px; }
        .ptr { color: #4a5568; font-size: 11px; word-break: break-all; }
        .clean { color: var(--ok); margin: 4px 0; font-size: 13px; } .notes { color: #718096; font-size: 12px; margin: 4px 0; }
        .indicators { margin: 0 0 10px; font-size: 12.5px; } .indicators th[scope=row] { font-weight: 400; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; } .blank { color: #a0aec0; }
        .spark { display: block; }
        code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; }
        footer { color: #718096; font-size: 12px; padding: 0 28px 20px; }
        @media print { body { background: #fff; } section { break-inside: avoid; border: none; } details { display: block; } }
        """;
}
