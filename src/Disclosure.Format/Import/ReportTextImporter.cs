using System.Collections.Concurrent;
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
public static partial class ReportTextImporter
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
            var tooLong = ImportMessages.TextTooLong(text.Length, options.MaxTextLength);
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
                        Message = tooLong.En,
                        MessageZh = tooLong.Zh,
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
            var failed = ImportMessages.InternalError(ex);
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
                        Message = failed.En,
                        MessageZh = failed.Zh,
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

    private sealed partial class ImportRun(string input, ImportOptions options, Func<int, SourceLocation>? locate)
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
                    ImportMessages.HtmlStripped());
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
                        ImportMessages.EditionNotAvailable(edition));
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
                    ImportMessages.NotAReport(sectionFound: sectionMatches.Count > 0));
                return Result(null, null, ImportProvenance.Empty);
            }

            sink.Items.AddRange(chosen.Tables.Diagnostics.Items);
            var report = WithPrintedAmounts(Build(catalog, chosen.Anchors, chosen.Matches, chosen.Tables, header), chosen.Tables);
            return Result(report, catalog.Edition, new ImportProvenance(chosen.Tables.Provenance));
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
