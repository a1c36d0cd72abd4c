using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Import;

// ReportTextImporter, choosing: which edition the text is written in, and whether it holds a second report.
public static partial class ReportTextImporter
{
    private sealed partial class ImportRun
    {
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
                ImportMessages.MoreThanOneReport(reports));
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
    }
}
