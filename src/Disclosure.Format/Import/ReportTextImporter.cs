using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Import;

/// <summary>
/// Turns the text of a published report (政府信息公开工作年度报告) into a typed report of the right edition, with
/// diagnostics and the provenance of every cell. It reads what real extractions look like: tab-separated rows, one
/// cell per line, pipe/Markdown tables, space-aligned PDF text and pages where every cell runs into the next; header
/// and label cells split or wrapped; local label variants and typos; the label-less number row of the review and
/// litigation table; page-break artifacts; full-width digits and punctuation; thousands separators; units inside
/// cells; and the written forms of "none". Labels are matched through the <see cref="LayoutCatalog"/>; the edition is
/// decided by the layout of the tables, never by the year.
/// </summary>
/// <remarks>
/// Import never throws on any text: whatever cannot be read becomes a diagnostic, and a cell that cannot be read
/// with certainty is left blank (<see langword="null"/>). Where digits of a row ran together, the cells are recovered
/// with the format's own arithmetic (row totals, the column balance, the sum of the outcomes, the totals of the
/// review and litigation table); where more than one split satisfies every sum the cells stay blank and the
/// candidates are reported (<see cref="ImportCodes.AmbiguousSplit"/>). The search is bounded.
/// </remarks>
/// <example>
/// <code>
/// ImportResult result = ReportTextImporter.Import(File.ReadAllText("report.txt"), new ImportOptions { SourceName = "report.txt" });
/// foreach (var d in result.Diagnostics) Console.Error.WriteLine(d);
/// if (result.Report is { } report) File.WriteAllText("report.json", DisclosureJson.Serialize(report));
/// </code>
/// </example>
public static class ReportTextImporter
{
    private static readonly ConcurrentDictionary<ReportEdition, EditionPlan> Plans = new();

    /// <summary>Per table of a catalog, the keys of its printed header words, longest first.</summary>
    private static readonly ConcurrentDictionary<TableLayout, string[]> HeaderWords = new();

    private static IReadOnlyList<ReportEdition>? availableEditions;

    /// <summary>Imports the text of one report.</summary>
    /// <param name="text">The report's text (plain text, Markdown, or a whole HTML page).</param>
    /// <param name="options">Options; optional.</param>
    /// <returns>The report (or <see langword="null"/> when none could be built), its edition, the diagnostics and the cells' provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ImportResult Import(string text, ImportOptions? options = null)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        return Import(text, options, null);
    }

    /// <summary>
    /// Imports a text written from a document's table grid (by Disclosure.Format.Documents): paragraphs as lines and
    /// each table row as one line of tab-separated fields, one field per cell (an empty field for a blank cell), which
    /// the importer reads exactly. The text is never taken for HTML; every location (of a cell, of a diagnostic) comes
    /// from <paramref name="locate"/>, which maps an index of <paramref name="text"/> (or its end) to the place in the
    /// document it was written from.
    /// </summary>
    internal static ImportResult ImportLocated(string text, Func<int, SourceLocation> locate, ImportOptions? options = null)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (locate is null) throw new ArgumentNullException(nameof(locate));
        return Import(text, options, locate);
    }

    private static ImportResult Import(string text, ImportOptions? options, Func<int, SourceLocation>? locate)
    {
        options ??= new ImportOptions();
        if (text.Length > options.MaxTextLength)
        {
            return new ImportResult
            {
                Report = null,
                Edition = null,
                Provenance = ImportProvenance.Empty,
                Diagnostics =
                [
                    new Diagnostic
                    {
                        Code = LimitCodes.TextTooLong,
                        Severity = DiagnosticSeverity.Error,
                        Pointer = string.Empty,
                        Message = $"The text is {text.Length} characters long, over the limit of {options.MaxTextLength} (ImportOptions.MaxTextLength); a report's text is usually under 30 000.",
                        MessageZh = $"文本长 {text.Length} 个字符，超过 {options.MaxTextLength} 的上限（ImportOptions.MaxTextLength）；一份报告的文本通常不超过 30 000 个字符。",
                        Location = locate is not null ? locate(0) : options.SourceName is null ? null : new SourceLocation { Source = options.SourceName, Line = 1, Column = 1 },
                    },
                ],
            };
        }

        try
        {
            return new ImportRun(text, options, locate).Run();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not StackOverflowException)
        {
            return new ImportResult
            {
                Report = null,
                Edition = null,
                Provenance = ImportProvenance.Empty,
                Diagnostics =
                [
                    new Diagnostic
                    {
                        Code = ImportCodes.InternalError,
                        Severity = DiagnosticSeverity.Error,
                        Pointer = string.Empty,
                        Message = $"The importer failed on this text ({ex.GetType().Name}: {ex.Message}). Please report it with the text.",
                        MessageZh = $"导入器处理该文本时出错（{ex.GetType().Name}：{ex.Message}），请连同文本一并报告。",
                    },
                ],
            };
        }
    }

    /// <summary>
    /// Imports one report from the bytes of its text or of a whole HTML page, decoded by <see cref="ReportTextDecoder"/>
    /// (byte order mark, declared charset, then detection among UTF-8, GB18030/GBK/GB2312 and Big5; or
    /// <see cref="ImportOptions.EncodingName"/>). The encoding used is in <see cref="ImportResult.SourceEncoding"/>, and
    /// the decoder's diagnostics come first in <see cref="ImportResult.Diagnostics"/>.
    /// </summary>
    /// <param name="bytes">The bytes of the report's text or page.</param>
    /// <param name="options">Options; optional.</param>
    /// <returns>
    /// As <see cref="Import(string, ImportOptions?)"/>; when the bytes cannot be decoded, no report and the decoder's error
    /// (<see cref="ImportCodes.Undecodable"/>, <see cref="ImportCodes.MixedEncodings"/> or <see cref="ImportCodes.EncodingAmbiguous"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="ImportOptions.EncodingName"/> names an encoding the decoder does not read.</exception>
    public static ImportResult Import(byte[] bytes, ImportOptions? options = null)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        options ??= new ImportOptions();
        var decoded = ReportTextDecoder.Decode(bytes, options.SourceName, options.EncodingName);
        if (decoded.Text is not { } text)
        {
            return new ImportResult { Report = null, Edition = null, Provenance = ImportProvenance.Empty, Diagnostics = decoded.Diagnostics };
        }

        var result = Import(text, options);
        return result with
        {
            SourceEncoding = decoded.Encoding,
            Diagnostics = decoded.Diagnostics.Count == 0 ? result.Diagnostics : [.. decoded.Diagnostics, .. result.Diagnostics],
        };
    }

    /// <summary>The editions this version can build reports for, in the order they are tried.</summary>
    internal static IReadOnlyList<ReportEdition> AvailableEditions() => availableEditions ??= FindAvailableEditions();

    private static IReadOnlyList<ReportEdition> FindAvailableEditions()
    {
        var list = new List<ReportEdition>();
#if NET
        foreach (var edition in Enum.GetValues<ReportEdition>())
#else
        foreach (ReportEdition edition in Enum.GetValues(typeof(ReportEdition)))
#endif
        {
            if (Plan(edition) is not null)
            {
                list.Add(edition);
            }
        }

        return list;
    }

    /// <summary>The label keys of the value rows of every other available edition.</summary>
    internal static HashSet<string> OtherEditionsValueRows(ReportEdition edition) =>
        new(AvailableEditions().Where(e => e != edition)
            .SelectMany(e => Plan(e)!.Catalog.Tables.SelectMany(t => t.ValueRows))
            .Select(r => SourceText.KeyOf(r.Label)), StringComparer.Ordinal);

    internal static EditionPlan? Plan(ReportEdition edition)
    {
        if (Plans.TryGetValue(edition, out var plan))
        {
            return plan;
        }

        LayoutCatalog catalog;
        try
        {
            catalog = LayoutCatalog.For(edition);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }

        plan = new EditionPlan(catalog, AnchorPlan.For(catalog), Arithmetic.For(catalog));
        return Plans.GetOrAdd(edition, plan);
    }

    private sealed class ImportRun(string input, ImportOptions options, Func<int, SourceLocation>? locate)
    {
        private readonly DiagnosticSink sink = new();
        private SourceText text = null!;

        public ImportResult Run()
        {
            var original = input;
            if (locate is not null)
            {
                text = new SourceText(input, options.SourceName, locator: locate);
            }
            else if (HtmlText.LooksLikeHtml(input))
            {
                var (stripped, map) = HtmlText.Strip(input);
                text = new SourceText(stripped, options.SourceName, map, input);
                sink.Add(ImportCodes.HtmlStripped, DiagnosticSeverity.Info, string.Empty, null,
                    "The text looks like HTML; its tags were removed before import (use the Documents package for HTML pages).",
                    "该文本似为 HTML，导入前已去除其标签（HTML 页面请使用 Documents 包）。");
                original = stripped;
            }
            else
            {
                text = new SourceText(input, options.SourceName);
            }

            var header = TitleReader.ReadHeader(original);
            NoteASecondReport();
            var keyFrom = KeyIndexOfOriginal(header.BodyStart);

            var editions = options.Edition is { } wanted ? [wanted] : AvailableEditions();
            // The editions are tried newest first: one whose Article-20 table is complete, where some block's header
            // is not the other editions', is chosen without aligning the others (DecidesByBlocks). Otherwise every
            // edition's anchors are aligned and its decisive table read; the other tables are read only where the
            // decisive tables do not settle the choice, and for the edition chosen.
            var candidates = new List<(EditionPlan Plan, Dictionary<Anchor, AnchorMatch> Matches, TableReader Reader)>();
            var searches = new Aligner.SearchCache();
            var bestIndex = -1;
            for (var e = editions.Count - 1; e >= 0; e--)
            {
                var edition = editions[e];
                if (Plan(edition) is not { } plan)
                {
                    sink.Add(ImportCodes.EditionNotAvailable, DiagnosticSeverity.Error, string.Empty, null,
                        $"The {(int)edition} edition is not available in this version of Disclosure.Format.",
                        $"此版本的 Disclosure.Format 不支持 {(int)edition} 年版格式。");
                    return Result(null, edition, ImportProvenance.Empty);
                }

                var matches = Aligner.Align(text, plan.Anchors, keyFrom, searches);
                var reader = new TableReader(text, plan, matches);
                candidates.Insert(0, (plan, matches, reader));
                if (editions.Count > 1 && DecidesByBlocks(reader, editions))
                {
                    bestIndex = 0;
                    break;
                }
            }

            if (bestIndex < 0)
            {
                bestIndex = candidates.Count > 1 ? ClearlyBest(candidates.Select(c => c.Reader).ToList()) : 0;
            }

            if (bestIndex < 0)
            {
                bestIndex = 0;
                for (var i = 1; i < candidates.Count; i++)
                {
                    if (Better(candidates[i].Reader, candidates[bestIndex].Reader))
                    {
                        bestIndex = i;
                    }
                }
            }

            var winner = candidates[bestIndex];
            (LayoutCatalog Catalog, IReadOnlyList<Anchor> Anchors, IReadOnlyList<Identity> Identities, Dictionary<Anchor, AnchorMatch> Matches, TableReadResult Tables)? best =
                (winner.Plan.Catalog, winner.Plan.Anchors, winner.Plan.Identities, winner.Matches, winner.Reader.Read());
            var chosen = best!.Value;
            var catalog = chosen.Catalog;
            var sectionMatches = chosen.Anchors.Where(a => a.Kind == AnchorKind.Section && chosen.Matches.ContainsKey(a)).ToList();
            if (chosen.Tables.TablesFound == 0 && options.Edition is null)
            {
                sink.Add(ImportCodes.NotAReport, DiagnosticSeverity.Error, string.Empty, text.LocateOriginal(0),
                    sectionMatches.Count == 0
                        ? "No part of an annual report (政府信息公开工作年度报告) was found in the text."
                        : "The text has section headings of an annual report but none of its tables; the edition cannot be told.",
                    sectionMatches.Count == 0
                        ? "文本中未找到政府信息公开工作年度报告的任何部分。"
                        : "文本有年度报告的章节标题，但没有任何表格，无法判断格式版本。");
                return Result(null, null, ImportProvenance.Empty);
            }

            sink.Items.AddRange(chosen.Tables.Diagnostics.Items);
            var report = WithPrintedAmounts(Build(catalog, chosen.Anchors, chosen.Matches, chosen.Tables, header), chosen.Tables);
            return Result(report, catalog.Edition, new ImportProvenance(chosen.Tables.Provenance));
        }

        /// <summary>
        /// A text holding more than one report repeats the headings of the sections with tables (三 and 四, in every
        /// edition) on lines of their own, in turn (a 三 after a 四): a page saved twice, a department's report
        /// followed by its sub-unit's. Only the first report is read, and the diagnostic says where the next one starts.
        /// </summary>
        private void NoteASecondReport()
        {
            var original = text.Original;
            var reports = 1;
            var next = -1;
            var afterFour = -1;
            for (var start = 0; start < original.Length;)
            {
                var end = original.IndexOf('\n', start);
                end = end < 0 ? original.Length : end;
                // Both headings end in 况 (情况): other lines are not keyed.
                if (end - start <= 40 && original.IndexOf('况', start, end - start) >= 0)
                {
                    var key = SourceText.KeyOf(original.Substring(start, end - start));
                    for (var h = 0; h < SecondReportHeadings.Length; h++)
                    {
                        var heading = SecondReportHeadings[h];
                        if (!key.EndsWith(heading, StringComparison.Ordinal) || key.Length > heading.Length + 3)
                        {
                            continue;
                        }

                        if (h == 1)
                        {
                            afterFour = end; // 四's heading: a 三 after it starts another report
                        }
                        else if (afterFour >= 0)
                        {
                            reports++;
                            if (next < 0)
                            {
                                next = start;
                                var title = original.LastIndexOf("年度报告", start, start - afterFour, StringComparison.Ordinal);
                                if (title > afterFour)
                                {
                                    next = original.LastIndexOf('\n', title) + 1;
                                }
                            }

                            afterFour = -1;
                        }
                    }
                }

                start = end + 1;
            }

            if (reports < 2)
            {
                return;
            }

            sink.Add(ImportCodes.MoreThanOneReport, DiagnosticSeverity.Warning, string.Empty, text.LocateOriginal(next),
                $"The text holds {reports} reports (the headings of the tables appear {reports} times in turn); only the first was imported. Split the text and import each report on its own.",
                $"该文本包含 {reports} 份报告（各表格的标题依次出现了 {reports} 次），只导入了第一份。请将文本拆开，逐份导入。");
        }

        /// <summary>The keys of the headings of 三 and 四 without their ordinals (the same in both editions).</summary>
        private static readonly string[] SecondReportHeadings =
        [
            SourceText.KeyOf("收到和处理政府信息公开申请情况"),
            SourceText.KeyOf("政府信息公开行政复议、行政诉讼情况"),
        ];

        private static bool Better(TableReader a, TableReader b)
        {
            var (da, db) = (a.ReadDecisive(), b.ReadDecisive());
            return Math.Abs(da - db) > 5 ? da > db : a.Read().Fit > b.Read().Fit;
        }

        /// <summary>
        /// Whether the reader's edition is decided by its Article-20 table (drawn in blocks, each with its own header):
        /// the table is read completely — every row and every block header of this edition — and at the captions
        /// where it was found some block's header is not that of every other edition. That table differs between the
        /// editions in every block, while the applications table differs only in its （六）其他处理 rows, which local
        /// templates print either way (a hybrid template): so a complete Article-20 table decides, and the （六） rows
        /// of the other edition are reported (DF4010), never a whole table dropped for them.
        /// </summary>
        private static bool DecidesByBlocks(TableReader reader, IReadOnlyList<ReportEdition> editions)
        {
            if (!reader.BlockTableReading().Clean)
            {
                return false;
            }

            foreach (var edition in editions)
            {
                if (Plan(edition) is { } other && other.Catalog.Edition != reader.CatalogEdition && !reader.SomeBlockHeaderDiffers(other))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The edition whose decisive table fits better than every other's by more than 5 however the other's rows
        /// split (so <see cref="Better"/> would choose it without reading further), or -1. Only the most promising
        /// edition's rows are split; the others are bounded above (<see cref="TableReader.DecisiveHigh"/>).
        /// </summary>
        private static int ClearlyBest(List<TableReader> readers)
        {
            var high = readers.Select(r => r.DecisiveHigh()).ToList();
            var w = 0;
            for (var i = 1; i < high.Count; i++)
            {
                if (high[i] > high[w])
                {
                    w = i;
                }
            }

            var fit = readers[w].ReadDecisive();
            for (var j = 0; j < high.Count; j++)
            {
                if (j != w && fit - high[j] <= 5 + 1e-6)
                {
                    return -1;
                }
            }

            return w;
        }

        /// <summary>
        /// The 2019 edition keeps 采购总金额 in 元 and, where the cell carried a unit or a mark (<c>191690.9913万元</c>,
        /// <c>—</c>), the cell as printed (<see cref="Procurement.TotalAmountText"/>).
        /// </summary>
        private static DisclosureReport WithPrintedAmounts(DisclosureReport report, TableReadResult tables)
        {
            if (report is not DisclosureReport2019 r)
            {
                return report;
            }

            var cell = tables.Provenance.FirstOrDefault(c => c.Cell.Pointer == "/proactiveDisclosure/centralizedProcurement/totalAmount");
            var printed = cell?.Raw.Trim();
            if (cell is null || string.IsNullOrEmpty(printed) || cell.Kind is CellReadingKind.Ambiguous or CellReadingKind.Unreadable
                || printed!.All(c => c is >= '0' and <= '9' or '.'))
            {
                return report;
            }

            return r with
            {
                ProactiveDisclosure = r.ProactiveDisclosure with
                {
                    CentralizedProcurement = r.ProactiveDisclosure.CentralizedProcurement with { TotalAmountText = printed },
                },
            };
        }

        private ImportResult Result(DisclosureReport? report, ReportEdition? edition, ImportProvenance provenance) => new()
        {
            Report = report,
            Edition = edition,
            Diagnostics = sink.Items.ToList(),
            Provenance = provenance,
        };

        private int KeyIndexOfOriginal(int originalIndex)
        {
            var norm = text.SearchOriginal(originalIndex);
            norm = norm >= 0 ? norm : ~norm;
            var key = SourceText.BinarySearch(text.KeyToNorm, norm);
            return key >= 0 ? key : ~key;
        }

        private DisclosureReport Build(LayoutCatalog catalog, IReadOnlyList<Anchor> anchors, Dictionary<Anchor, AnchorMatch> matches,
            TableReadResult tables, TitleInfo header)
        {
            AnchorMatch? Match(Anchor a) => matches.TryGetValue(a, out var m) ? m : null;
            int NextStart(int order)
            {
                for (var i = order + 1; i < anchors.Count; i++)
                {
                    if (matches.TryGetValue(anchors[i], out var m)) return m.NormStart;
                }

                return text.Norm.Length;
            }

            var headings = new Dictionary<SectionLayout, AnchorMatch?>();
            foreach (var section in catalog.Sections)
            {
                var anchor = anchors.First(a => a.Kind == AnchorKind.Section && a.Section == section);
                var m = Match(anchor);
                headings[section] = m;
                if (m is null)
                {
                    sink.Add(ImportCodes.SectionMissing, DiagnosticSeverity.Warning, section.Pointer, TableReader.ExpectedAt(text, anchors, matches, anchor.Order),
                        $"The section heading '{section.Label}' was not found.", $"未找到章节标题“{section.Label}”。");
                }
                else if (m.IsVariant)
                {
                    var written = text.OriginalOf(m.NormStart, m.NormEnd).Trim();
                    sink.Add(ImportCodes.LabelVariant, DiagnosticSeverity.Info, section.Pointer, text.LocateNorm(m.NormStart),
                        m.Relaxed
                            ? $"'{written}' was taken as the heading '{section.Label}' by its place and number; its wording differs."
                            : $"'{written}' was read as the heading '{section.Label}'.",
                        m.Relaxed
                            ? $"“{written}”按位置和序号视为标题“{section.Label}”，其措辞不同。"
                            : $"“{written}”按标题“{section.Label}”读取。");
                }
            }

            var firstAnchorStart = matches.Count > 0 ? matches.Values.Min(m => m.NormStart) : text.Norm.Length;
            var bodyStartNorm = NormIndexOfOriginal(header.BodyStart);

            // Title: from a header line (and then found again in the body), or the first lines of the body.
            var sections = catalog.Sections;
            var overviewHeading = headings[sections[0]];
            var preambleEnd = overviewHeading?.NormStart ?? firstAnchorStart;
            string? title = null;
            var preambleStart = bodyStartNorm;
            if (header.HeaderTitle is { } headerTitle)
            {
                title = headerTitle;
                var key = SourceText.KeyOf(headerTitle);
                var from = KeyIndexOfNorm(bodyStartNorm);
                var to = KeyIndexOfNorm(preambleEnd);
                if (key.Length > 0 && to - from >= key.Length)
                {
                    var at = text.Key.LastIndexOf(key, to - 1, to - from, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        preambleStart = text.KeyToNorm[at + key.Length - 1] + 1;
                    }
                }
            }
            else
            {
                var (lines, end) = TitleReader.TitleLines(text.Original, text.ToOriginal(bodyStartNorm), text.ToOriginal(preambleEnd));
                if (lines is not null)
                {
                    title = lines;
                    preambleStart = NormIndexOfOriginal(end);
                }
            }

            var (agency, year) = title is null ? (null, null) : TitleReader.AgencyAndYear(title);
            var preamble = Paragraphs(preambleStart, preambleEnd);
            if (year is null)
            {
                var period = Regex.Match(SourceText.FoldString(preamble), @"((?:19|20)\d{2})\s*年(?:度)?\s*(?:1\s*月\s*1\s*日|政府信息公开)");
                if (period.Success)
                {
                    year = int.Parse(period.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                    sink.Add(ImportCodes.MetadataMissing, DiagnosticSeverity.Warning, "/metadata/year", text.LocateNorm(preambleStart),
                        $"The title gives no year; {year} was read from the preamble.", $"标题未写年度，已从开头部分读出 {year}。");
                }
                else
                {
                    sink.Add(ImportCodes.MetadataMissing, DiagnosticSeverity.Error, "/metadata/year", text.LocateNorm(bodyStartNorm),
                        "The report year could not be read from the title; it was set to 0.", "未能从标题读出报告年度，暂记为 0。");
                }
            }

            if (agency is null)
            {
                sink.Add(ImportCodes.MetadataMissing, DiagnosticSeverity.Warning, "/metadata/agency", text.LocateNorm(bodyStartNorm),
                    "The agency could not be read from the title; it was left empty.", "未能从标题读出机关名称，暂为空。");
            }

            if (year is { } y && (catalog.Edition == ReportEdition.Edition2019) != (y <= 2020))
            {
                sink.Add(ImportCodes.EditionYearMismatch, DiagnosticSeverity.Info, string.Empty, text.LocateNorm(firstAnchorStart),
                    $"The report is for {y} but its tables follow the {(int)catalog.Edition} edition.",
                    $"该报告为 {y} 年度，但其表格采用 {(int)catalog.Edition} 年版格式。");
            }

            // 一、总体情况 with its customary sub-parts.
            var overviewAnchor = anchors.First(a => a.Kind == AnchorKind.Section && a.Section == sections[0]);
            var partAnchors = anchors.Where(a => a.Kind == AnchorKind.Part && a.Section == sections[0]).ToList();
            var overviewEnd = NextStart(partAnchors.Count > 0 ? partAnchors[partAnchors.Count - 1].Order : overviewAnchor.Order);
            var overviewStart = overviewHeading?.NormEnd ?? partAnchors.Select(Match).FirstOrDefault(m => m is not null)?.NormStart ?? overviewEnd;
            var partTexts = new Dictionary<TextPartLayout, string>();
            var firstPart = overviewEnd;
            foreach (var anchor in partAnchors)
            {
                if (Match(anchor) is not { } m)
                {
                    continue;
                }

                firstPart = Math.Min(firstPart, m.NormStart);
                partTexts[anchor.Part!] = Paragraphs(SkipHeadingPunctuation(m.NormEnd), Math.Min(NextStart(anchor.Order), overviewEnd));
                if (m.IsVariant)
                {
                    sink.Add(ImportCodes.LabelVariant, DiagnosticSeverity.Info, anchor.Part!.Pointer, text.LocateNorm(m.NormStart),
                        $"'{text.OriginalOf(m.NormStart, m.NormEnd).Trim()}' was read as '{anchor.Label}'.",
                        $"“{text.OriginalOf(m.NormStart, m.NormEnd).Trim()}”按“{anchor.Label}”读取。");
                }
            }

            string? Part(int i) => i < sections[0].Parts.Count && partTexts.TryGetValue(sections[0].Parts[i], out var t) ? t : null;
            var overview = new Overview
            {
                Text = Paragraphs(overviewStart, Math.Min(firstPart, overviewEnd)),
                ProactiveDisclosure = Part(0),
                DisclosureOnRequest = Part(1),
                InformationManagement = Part(2),
                PlatformConstruction = Part(3),
                OversightAndSafeguards = Part(4),
            };

            // Prose in the table sections has no place in the model.
            foreach (var section in sections.Where(s => s.Table is not null))
            {
                NoteProseBeforeTable(section, anchors, matches, headings[section]);
            }

            string SectionText(SectionLayout section)
            {
                if (headings[section] is not { } h)
                {
                    return string.Empty;
                }

                var anchor = anchors.First(a => a.Kind == AnchorKind.Section && a.Section == section);
                return Paragraphs(SkipHeadingPunctuation(h.NormEnd), NextStart(anchor.Order));
            }

            var problems = SectionText(sections[4]);
            var other = SectionText(sections[5]);
            var metadata = new ReportMetadata
            {
                Agency = agency ?? string.Empty,
                Year = year ?? 0,
                Title = title,
                PublishedOn = header.PublishedOn,
                SourceUrl = header.SourceUrl,
            };

            return catalog.CreateReport(metadata, tables.Values) with
            {
                Preamble = preamble.Length > 0 ? preamble : null,
                Overview = overview,
                ProblemsAndImprovements = problems,
                OtherMatters = new OtherMatters { Text = other, ProcessingFees = FreeText.Fees(other) },
            };
        }

        private void NoteProseBeforeTable(SectionLayout section, IReadOnlyList<Anchor> anchors, Dictionary<Anchor, AnchorMatch> matches, AnchorMatch? heading)
        {
            if (heading is null || section.Table is not { } table)
            {
                return;
            }

            var first = anchors.Where(a => a.Table == table && matches.ContainsKey(a)).Select(a => matches[a]).FirstOrDefault();
            var endKey = first?.KeyStart ?? KeyIndexOfNorm(heading.NormEnd);
            if (first is null)
            {
                return;
            }

            var region = text.Key.Substring(heading.KeyEnd, Math.Max(0, endKey - heading.KeyEnd));
            foreach (var known in KnownHeaderWords(table))
            {
                region = region.Replace(known, string.Empty);
            }

            if (region.Length >= 12)
            {
                sink.Add(ImportCodes.TextNotKept, DiagnosticSeverity.Info, section.Pointer, text.LocateNorm(heading.NormEnd),
                    $"Text under '{section.Label}' before its table ({region.Length} characters) has no place in the model and was not kept.",
                    $"“{section.Label}”下、表格之前的文字（{region.Length} 个字）在模型中没有对应位置，未保留。");
            }
        }

        private static IEnumerable<string> KnownHeaderWords(TableLayout table) => HeaderWords.GetOrAdd(table, FindKnownHeaderWords);

        private static string[] FindKnownHeaderWords(TableLayout table)
        {
            var words = new List<string>();
            if (table.Note is { } note) words.Add(SourceText.KeyOf(note));
            void Columns(IEnumerable<ColumnLayout> cols)
            {
                foreach (var c in cols)
                {
                    words.Add(SourceText.KeyOf(c.Label));
                    Columns(c.Children);
                }
            }

            Columns(table.Columns);
            foreach (var row in table.Rows)
            {
                if (row.HeaderLabel is { } h) words.Add(SourceText.KeyOf(h));
                Columns(row.Columns);
            }

            return words.Where(w => w.Length > 0).Distinct().OrderByDescending(w => w.Length).ToArray();
        }

        private int SkipHeadingPunctuation(int norm)
        {
            var s = text.Norm;
            var i = norm;
            while (i < s.Length && (s[i] == ' ' || s[i] == '\t'))
            {
                i++;
            }

            if (i < s.Length && "。.：:、，,".IndexOf(s[i]) >= 0)
            {
                i++;
            }

            return i;
        }

        private string Paragraphs(int normStart, int normEnd) =>
            normEnd <= normStart ? string.Empty : FreeText.Paragraphs(text.Original, text.ToOriginal(normStart), text.ToOriginal(normEnd));

        private int NormIndexOfOriginal(int originalIndex)
        {
            var norm = text.SearchOriginal(originalIndex);
            return norm >= 0 ? norm : Math.Min(~norm, text.Norm.Length);
        }

        private int KeyIndexOfNorm(int norm)
        {
            var key = SourceText.BinarySearch(text.KeyToNorm, norm);
            return key >= 0 ? key : ~key;
        }
    }
}
