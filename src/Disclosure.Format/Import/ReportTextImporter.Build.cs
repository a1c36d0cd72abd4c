using System.Text.RegularExpressions;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Import;

// ReportTextImporter, building: the typed report made from the anchors and tables read in the chosen edition.
public static partial class ReportTextImporter
{
    private sealed partial class ImportRun
    {
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
                        ImportMessages.SectionMissing(section.Label));
                }
                else if (m.IsVariant)
                {
                    var written = text.OriginalOf(m.NormStart, m.NormEnd).Trim();
                    sink.Add(ImportCodes.LabelVariant, DiagnosticSeverity.Info, section.Pointer, text.LocateNorm(m.NormStart),
                        ImportMessages.HeadingVariant(written, section.Label, m.Relaxed));
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
                        ImportMessages.YearFromPreamble(year.Value));
                }
                else
                {
                    sink.Add(ImportCodes.MetadataMissing, DiagnosticSeverity.Error, "/metadata/year", text.LocateNorm(bodyStartNorm),
                        ImportMessages.YearMissing());
                }
            }

            if (agency is null)
            {
                sink.Add(ImportCodes.MetadataMissing, DiagnosticSeverity.Warning, "/metadata/agency", text.LocateNorm(bodyStartNorm),
                    ImportMessages.AgencyMissing());
            }

            if (year is { } y && (catalog.Edition == ReportEdition.Edition2019) != (y <= 2020))
            {
                sink.Add(ImportCodes.EditionYearMismatch, DiagnosticSeverity.Info, string.Empty, text.LocateNorm(firstAnchorStart),
                    ImportMessages.EditionYearMismatch(y, catalog.Edition));
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
                        ImportMessages.LabelVariant(text.OriginalOf(m.NormStart, m.NormEnd).Trim(), anchor.Label));
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
                    ImportMessages.TextNotKept(section.Label, region.Length));
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
    }
}
