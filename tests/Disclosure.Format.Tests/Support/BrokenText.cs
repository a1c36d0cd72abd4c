using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Format.Tests.Support;

/// <summary>The ways <see cref="BrokenText"/> breaks a rendered report, each one seen in real PDF-to-Markdown or OCR output.</summary>
public enum Breakage
{
    /// <summary>Row labels printed before a run of unlabelled number rows (2 to 5 rows at a time), in order.</summary>
    DetachedLabels,

    /// <summary>As <see cref="DetachedLabels"/>, the labels of each run in another order (the numbers in the table's order).</summary>
    ShuffledLabels,

    /// <summary>Every header cell of four characters or more split over two lines.</summary>
    SplitHeaderWords,

    /// <summary>Some labels on a line of their own with a page number (<c>3</c>, <c>- 4 -</c>, <c>第 5 页</c>) before their numbers.</summary>
    StrayPageNumbers,

    /// <summary>One small Markdown table per row under a placeholder header (<c>项目 | 数据1 … 数据n</c>); some rows filed under the previous row's header.</summary>
    OneTablePerRow,

    /// <summary>Notes inside number cells: <c>22（其中修订16件）</c>, <c>55（含自然失效29件）</c>.</summary>
    NotesInCells,

    /// <summary>Some rows lose one number (its note was pulled out of the table and printed below it).</summary>
    NotesPulledOut,

    /// <summary>A Markdown table title (<c>## 表二：…</c>) between each table section's heading and its table.</summary>
    TableTitles,

    /// <summary>The table sections numbered from 一 (<c>一、主动公开政府信息情况</c> for the notice's 二).</summary>
    RenumberedSections,

    /// <summary>
    /// The （六）其他处理 rows of the other edition: a 2021 report with the 2019 single row (the sum of its three rows),
    /// a 2019 report with the 2021 three rows (all of it under 3.其他).
    /// </summary>
    HybridOtherHandling,

    /// <summary>The review and litigation header one word per line, then its 15 numbers on one unlabelled line.</summary>
    ReviewHeaderSplit,
}

/// <summary>
/// Breaks the text of a report rendered by <c>ReportTextRenderer</c> (tab-separated shape) in one of the ways that
/// PDF converters and OCR break real reports (<see cref="Breakage"/>), optionally turning the tables into pipe rows as
/// Markdown converters write them. Deterministic for a seed. The truth is the report that was rendered: every cell of
/// the import must be that report's value or blank with a diagnostic naming it.
/// </summary>
public static partial class BrokenText
{
    private static readonly string[] TableSections = ["二、", "三、", "四、"];

    [GeneratedRegex(@"^(?:[-+]?\d[\d,]*(?:\.\d+)?(?:万元|元|个|件)?|[—/\-]|无)$")]
    private static partial Regex NumberCell();

    [GeneratedRegex(@"^[一二三四五六七八九十]、")]
    private static partial Regex SectionHeading();

    /// <summary>Breaks <paramref name="tsv"/> (a report rendered tab-separated) as <paramref name="breakage"/> says.</summary>
    public static string Break(string tsv, Breakage breakage, int seed, bool pipes)
    {
        var random = new Random(seed);
        var lines = tsv.Replace("\r\n", "\n").Split('\n').ToList();
        var output = new List<string>();
        var i = 0;
        var tableIndex = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (!IsTableSectionHeading(line))
            {
                output.Add(line);
                i++;
                continue;
            }

            // A table section: its heading, then its lines up to the next section heading.
            var end = i + 1;
            while (end < lines.Count && !IsSectionHeading(lines[end]))
            {
                end++;
            }

            tableIndex++;
            var heading = breakage == Breakage.RenumberedSections ? "一二三"[tableIndex - 1] + line.Substring(1) : line;
            output.Add(heading);
            if (breakage == Breakage.TableTitles)
            {
                output.Add(string.Empty);
                output.Add($"## 表{"一二三"[tableIndex - 1]}：{line.Substring(2)}");
            }

            var body = lines.GetRange(i + 1, end - i - 1).Select(Parse).ToList();
            var broken = BreakTable(body, breakage, random, tableIndex);
            output.AddRange(pipes && breakage != Breakage.OneTablePerRow ? broken.Select(Pipe) : broken);
            i = end;
        }

        return string.Join("\n", output);
    }

    private static bool IsSectionHeading(string line) => !line.Contains('\t') && SectionHeading().IsMatch(line);

    private static bool IsTableSectionHeading(string line) => IsSectionHeading(line) && TableSections.Any(line.StartsWith) && line.Contains("情况");

    /// <summary>A line of a table: its label cells and its value cells (the cells after the last label).</summary>
    private sealed record Line(string Text, string[] Labels, string[] Values)
    {
        public bool IsRow => Values.Length > 0 && Values.Any(v => v.Length > 0);

        public string Label => string.Join("\t", Labels.Where(l => l.Length > 0));

        public string Numbers => string.Join("\t", Values);
    }

    private static Line Parse(string text)
    {
        var cells = text.Split('\t');
        var lastLabel = -1;
        for (var k = 0; k < cells.Length; k++)
        {
            if (cells[k].Trim().Length > 0 && !NumberCell().IsMatch(cells[k].Trim()))
            {
                lastLabel = k;
            }
        }

        return new Line(text, cells.Take(lastLabel + 1).ToArray(), cells.Skip(lastLabel + 1).ToArray());
    }

    private static List<string> BreakTable(List<Line> body, Breakage breakage, Random random, int tableIndex)
    {
        var output = new List<string>();
        switch (breakage)
        {
            case Breakage.DetachedLabels or Breakage.ShuffledLabels:
                for (var k = 0; k < body.Count;)
                {
                    if (!body[k].IsRow || body[k].Labels.Length == 0)
                    {
                        output.Add(body[k++].Text);
                        continue;
                    }

                    var run = new List<Line>();
                    var size = random.Next(2, 6);
                    while (k < body.Count && body[k].IsRow && body[k].Labels.Length > 0 && run.Count < size)
                    {
                        run.Add(body[k++]);
                    }

                    var labels = run.Select(r => r.Label).ToList();
                    if (breakage == Breakage.ShuffledLabels && labels.Count > 1)
                    {
                        var shuffled = labels.OrderBy(_ => random.Next()).ToList();
                        if (shuffled.SequenceEqual(labels))
                        {
                            shuffled.Reverse();
                        }

                        labels = shuffled;
                    }

                    output.AddRange(labels);
                    output.AddRange(run.Select(r => r.Numbers));
                }

                break;

            case Breakage.SplitHeaderWords:
                foreach (var line in body)
                {
                    if (line.IsRow || line.Text.Trim().Length == 0)
                    {
                        output.Add(line.Text);
                        continue;
                    }

                    var cells = line.Text.Split('\t');
                    var first = new List<string>();
                    var second = new List<string>();
                    foreach (var cell in cells)
                    {
                        var at = cell.Length >= 4 ? random.Next(2, cell.Length - 1) : cell.Length;
                        first.Add(cell.Substring(0, at));
                        second.Add(cell.Substring(at));
                    }

                    output.Add(string.Join("\t", first));
                    output.Add(string.Join("\t", second));
                }

                break;

            case Breakage.StrayPageNumbers:
                foreach (var line in body)
                {
                    if (line.IsRow && line.Labels.Length > 0 && random.Next(3) == 0)
                    {
                        output.Add(line.Label);
                        output.Add(random.Next(3) switch
                        {
                            0 => random.Next(1, 40).ToString(System.Globalization.CultureInfo.InvariantCulture),
                            1 => $"- {random.Next(1, 40)} -",
                            _ => $"第 {random.Next(1, 40)} 页",
                        });
                        output.Add(line.Numbers);
                    }
                    else
                    {
                        output.Add(line.Text);
                    }
                }

                break;

            case Breakage.OneTablePerRow:
                var headerCells = -1;
                foreach (var line in body)
                {
                    if (!line.IsRow)
                    {
                        if (line.Text.Trim().Length > 0)
                        {
                            output.Add(Pipe(line.Text));
                        }

                        headerCells = -1;
                        continue;
                    }

                    var cells = (line.Labels.Length > 0 ? [line.Label.Replace("\t", string.Empty)] : Array.Empty<string>()).Concat(line.Values).ToArray();
                    // Some rows are filed under the previous row's header (the converter lost the table break).
                    if (headerCells != cells.Length || random.Next(4) != 0)
                    {
                        output.Add(string.Empty);
                        var header = (line.Labels.Length > 0 ? ["项目"] : Array.Empty<string>())
                            .Concat(line.Values.Select((_, n) => $"数据{n + 1}")).ToArray();
                        output.Add("| " + string.Join(" | ", header) + " |");
                        output.Add("|" + string.Concat(header.Select(_ => " --- |")));
                        headerCells = cells.Length;
                    }

                    output.Add("| " + string.Join(" | ", cells) + " |");
                }

                break;

            case Breakage.NotesInCells:
                foreach (var line in body)
                {
                    if (!line.IsRow)
                    {
                        output.Add(line.Text);
                        continue;
                    }

                    var values = line.Values.Select(v =>
                        long.TryParse(v, out var n) && n >= 2 && random.Next(3) == 0
                            ? random.Next(2) == 0 ? $"{v}（其中修订{n / 2}件）" : $"{v}（含自然失效{n / 3}件）"
                            : v).ToArray();
                    output.Add(string.Join("\t", line.Labels.Concat(values)));
                }

                break;

            case Breakage.NotesPulledOut:
                var notes = new List<string>();
                foreach (var line in body)
                {
                    if (!line.IsRow || line.Values.Length < 2 || random.Next(4) != 0)
                    {
                        output.Add(line.Text);
                        continue;
                    }

                    var drop = random.Next(line.Values.Length);
                    output.Add(string.Join("\t", line.Labels.Concat(line.Values.Where((_, n) => n != drop))));
                    notes.Add($"注：{(line.Labels.Length > 0 ? line.Labels[line.Labels.Length - 1] : "本表")}第{drop + 1}栏另有说明（{line.Values[drop]}件，其中修订{random.Next(1, 9)}件）。");
                }

                output.Add(string.Empty);
                output.AddRange(notes);
                output.Add(string.Empty);
                break;

            case Breakage.HybridOtherHandling:
                output.AddRange(tableIndex == 2 ? SwapOtherHandling(body) : body.Select(l => l.Text));
                break;

            case Breakage.ReviewHeaderSplit:
                foreach (var line in body)
                {
                    if (tableIndex != 3 || line.IsRow)
                    {
                        output.Add(line.Text);
                        continue;
                    }

                    output.AddRange(line.Text.Split('\t').Where(c => c.Length > 0));
                }

                break;

            default:
                output.AddRange(body.Select(l => l.Text));
                break;
        }

        return output;
    }

    /// <summary>The （六）其他处理 rows of the other edition: three rows become one (their sum) or one becomes three (under 3.其他).</summary>
    private static IEnumerable<string> SwapOtherHandling(List<Line> body)
    {
        for (var k = 0; k < body.Count; k++)
        {
            var line = body[k];
            if (!line.IsRow || !line.Label.Contains("（六）其他处理", StringComparison.Ordinal))
            {
                yield return line.Text;
                continue;
            }

            if (line.Labels.Length > 1 || line.Label.Contains("1.", StringComparison.Ordinal))
            {
                // 2021: three rows; the 2019 single row carries their sum.
                var rows = new List<Line> { line };
                while (k + 1 < body.Count && body[k + 1].IsRow && Regex.IsMatch(body[k + 1].Label, @"^\t*[23]\."))
                {
                    rows.Add(body[++k]);
                }

                var sums = Enumerable.Range(0, line.Values.Length)
                    .Select(c => rows.All(r => decimal.TryParse(r.Values[c], out _))
                        ? rows.Sum(r => decimal.Parse(r.Values[c], System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : string.Empty);
                yield return string.Join("\t", new[] { "（六）其他处理" }.Concat(sums));
            }
            else
            {
                var zeros = line.Values.Select(v => v.Length == 0 ? string.Empty : "0");
                yield return string.Join("\t", new[] { "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" }.Concat(zeros));
                yield return string.Join("\t", new[] { "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" }.Concat(zeros));
                yield return string.Join("\t", new[] { "3.其他" }.Concat(line.Values));
            }
        }
    }

    /// <summary>A tab-separated line as a pipe row (a bare line, such as a page number, stays as it is).</summary>
    private static string Pipe(string line) =>
        line.Trim().Length == 0 || line.StartsWith("注：", StringComparison.Ordinal) || PageNumber().IsMatch(line)
            ? line
            : "| " + string.Join(" | ", line.Split('\t')) + " |";

    [GeneratedRegex(@"^(?:\d+|- \d+ -|第 \d+ 页)$")]
    private static partial Regex PageNumber();
}
