using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Narrative;

/// <summary>
/// Compares the figures that section 一、总体情况 states in words (<c>共收到政府信息公开申请75件</c>, <c>予以公开28件</c>,
/// <c>行政复议2件</c>, <c>行政诉讼1起</c>, …) with the cells they name (the 总计 column of 三 and 四). A figure that differs is a
/// warning (<see cref="RuleCodes.NarrativeMismatch"/>, <c>DF1016</c>, or <see cref="RuleCodes2019.NarrativeMismatch"/>,
/// <c>DF2016</c>) pointing at the cell and at the words; words that cannot be tied to a cell are skipped, never an error.
/// </summary>
/// <remarks>
/// <para>
/// The statements recognised are declared as data, one regular expression per <see cref="NarrativeStatementKind"/> whose
/// first group is the figure, and committed as <c>schema/rules-narrative.json</c> (<see cref="GetCatalogJson"/>) so that
/// partners can run the same checks. They are deliberately narrow: <c>依申请公开信息数1条</c> (documents, not applications),
/// <c>依申请公开及不予公开409份</c>, <c>办理依申请公开30件</c> (received or concluded?) and <c>未收到…申请</c> name no cell with
/// certainty and are skipped. A cell that is blank makes its figure skipped too (a blank is not 0).
/// </para>
/// <para>
/// Texts carry no position of their own once imported, so each figure is located inside its section's text (line and
/// column there, <see cref="SourceLocation.Source"/> = the section's pointer such as <c>/overview/disclosureOnRequest</c>);
/// when the caller passes the source text the report was imported from, the words are located in it instead.
/// The rule is not part of <see cref="RuleSet.Edition2021"/>: narrative checks are asked for explicitly.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var result = NarrativeCheck.Check(report, new NarrativeCheckOptions { SourceText = text, SourceName = "report.txt" });
/// foreach (var d in result.Diagnostics)
///     Console.WriteLine(d);   // warning DF1016 at report.txt(12,5) /applications/newlyReceived/total: …
/// </code>
/// </example>
public static class NarrativeCheck
{
    /// <summary>The file name of the committed catalog of narrative checks: <c>rules-narrative.json</c>.</summary>
    public const string CatalogFileName = "rules-narrative.json";

    private const string Stop = "[^，。；,;：:！？!?\\d]";
    private const string Unit = "\\s*(?:件|条|份|个)";
    private const string CaseUnit = "\\s*(?:件|起|宗|个|次)";
    private const string Received = "/applications/newlyReceived/total";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Statement[] Statements =
    [
        new(NarrativeStatementKind.Received, "收到申请", $"(?:收到|受理|接到|新收){Stop}{{0,24}}?申请(?:公开)?件?[共计为：:\\s]{{0,3}}(\\d+){Unit}", [Received]),
        new(NarrativeStatementKind.CarriedOver, "上年结转", $"(?:上年度?结转|结转上年度?){Stop}{{0,20}}?(\\d+){Unit}", ["/applications/carriedOver/total"]),
        new(NarrativeStatementKind.Concluded, "办结", $"办结{Stop}{{0,12}}?(\\d+){Unit}", ["/applications/outcomes/total/total"]),
        new(NarrativeStatementKind.Disclosed, "予以公开", $"予以公开\\s*(\\d+){Unit}", ["/applications/outcomes/disclosed/total"]),
        new(NarrativeStatementKind.PartiallyDisclosed, "部分公开", $"部分公开\\s*(\\d+){Unit}", ["/applications/outcomes/partiallyDisclosed/total"]),
        new(NarrativeStatementKind.CarriedForward, "结转下年度", $"结转(?:至|到)?下一?年度?(?:继续办理)?{Stop}{{0,8}}?(\\d+){Unit}", ["/applications/carriedForward/total"]),
        new(NarrativeStatementKind.Review, "行政复议", $"行政复议(?:案件|申请)?[共计为：:\\s]{{0,3}}(\\d+){CaseUnit}", ["/reviewAndLitigation/administrativeReview/total"]),
        new(NarrativeStatementKind.Litigation, "行政诉讼", $"行政诉讼(?:案件)?[共计为：:\\s]{{0,3}}(\\d+){CaseUnit}",
            ["/reviewAndLitigation/litigationWithoutReview/total", "/reviewAndLitigation/litigationAfterReview/total"]),
    ];

    private static readonly string[] SectionPointers =
    [
        "/overview/text", "/overview/proactiveDisclosure", "/overview/disclosureOnRequest", "/overview/informationManagement",
        "/overview/platformConstruction", "/overview/oversightAndSafeguards",
    ];

    /// <summary>Checks the figures of <paramref name="report"/>'s section 一 against its tables.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static NarrativeCheckResult Check(DisclosureReport report, NarrativeCheckOptions? options = null)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        options ??= new NarrativeCheckOptions();
        var overview = report.Overview;
        if (overview is null)
        {
            return new NarrativeCheckResult([], []);
        }

        string?[] texts = [overview.Text, overview.ProactiveDisclosure, overview.DisclosureOnRequest, overview.InformationManagement,
            overview.PlatformConstruction, overview.OversightAndSafeguards];
        var catalog = LayoutCatalog.For(report.Edition);
        var code = report.Edition == ReportEdition.Edition2019 ? RuleCodes2019.NarrativeMismatch : RuleCodes.NarrativeMismatch;
        var statements = new List<NarrativeStatement>();
        var diagnostics = new List<Diagnostic>();
        var sourceSearchFrom = 0;
        for (var s = 0; s < texts.Length; s++)
        {
            var text = texts[s];
            if (string.IsNullOrEmpty(text) || !MayStateFigures(text!))
            {
                continue;
            }

            var found = new List<(int Offset, Statement Statement, Match Match)>();
            foreach (var statement in Statements)
            {
                for (var m = statement.Regex.Match(text!); m.Success; m = m.NextMatch())
                {
                    found.Add((m.Index, statement, m));
                }
            }

            found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
            foreach (var (offset, statement, match) in found)
            {
                if (!decimal.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var figure))
                {
                    continue;
                }

                decimal? value = 0m;
                foreach (var pointer in statement.Cells)
                {
                    value = catalog.FindCell(pointer)?.GetValue(report) is { } v && value is { } sum ? sum + v : null;
                }

                var status = value is null ? NarrativeStatementStatus.CellBlank
                    : value.Value == figure ? NarrativeStatementStatus.Agrees
                    : NarrativeStatementStatus.Differs;
                var (location, inSource) = Locate(match.Value, text!, offset, SectionPointers[s], options, ref sourceSearchFrom);
                var found1 = new NarrativeStatement(statement.Kind, match.Value, figure, SectionPointers[s], offset, location, inSource,
                    statement.Cells, value, status);
                statements.Add(found1);
                if (status == NarrativeStatementStatus.Differs)
                {
                    diagnostics.Add(Mismatch(code, found1, catalog));
                }
            }
        }

        return new NarrativeCheckResult(statements, diagnostics);
    }

    /// <summary>Returns the committed catalog of narrative checks (<c>schema/rules-narrative.json</c>) embedded in this assembly.</summary>
    public static string GetCatalogJson()
    {
        using var stream = typeof(NarrativeCheck).Assembly.GetManifestResourceStream("schema/" + CatalogFileName)
                           ?? throw new InvalidOperationException($"The catalog {CatalogFileName} is not embedded in this build.");
        using var reader = new StreamReader(stream, Utf8);
        return reader.ReadToEnd();
    }

    /// <summary>Writes the catalog of narrative checks as canonical JSON: exactly the committed <c>schema/rules-narrative.json</c>.</summary>
    public static string ExportCatalog()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
               {
                   Indented = true,
                   IndentSize = 2,
                   NewLine = "\n",
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            writer.WriteStartObject();
            writer.WriteString("scope", "narrative");
            writer.WriteStartObject("codes");
            writer.WriteString("2019", RuleCodes2019.NarrativeMismatch);
            writer.WriteString("2021", RuleCodes.NarrativeMismatch);
            writer.WriteEndObject();
            writer.WriteString("severity", "warning");
            writer.WriteString("kind", "narrativeFigure");
            writer.WriteString("reference", "INV-S-TEXT");
            writer.WriteStartObject("title");
            writer.WriteString("zh", NarrativeMessages.RuleTitle.Zh);
            writer.WriteString("en", NarrativeMessages.RuleTitle.En);
            writer.WriteEndObject();
            writer.WriteStartObject("description");
            writer.WriteString("zh", NarrativeMessages.RuleDescription.Zh);
            writer.WriteString("en", NarrativeMessages.RuleDescription.En);
            writer.WriteEndObject();
            writer.WriteStartArray("sections");
            foreach (var pointer in SectionPointers) writer.WriteStringValue(pointer);
            writer.WriteEndArray();
            writer.WriteStartArray("statements");
            foreach (var statement in Statements)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", char.ToLowerInvariant(statement.Kind.ToString()[0]) + statement.Kind.ToString().Substring(1));
                writer.WriteString("label", statement.Label);
                writer.WriteString("pattern", statement.Pattern);
                writer.WriteStartArray("cells");
                foreach (var cell in statement.Cells) writer.WriteStringValue(cell);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return Utf8.GetString(buffer.ToArray());
    }

    /// <summary>A cheap test before any regular expression: figures need a digit and one of the units.</summary>
    private static bool MayStateFigures(string text)
    {
        var digit = false;
        foreach (var ch in text)
        {
            if (ch is >= '0' and <= '9')
            {
                digit = true;
                break;
            }
        }

        return digit && text.IndexOfAny(['件', '条', '份', '个', '起', '宗', '次']) >= 0;
    }

    private static (SourceLocation Location, bool InSource) Locate(string words, string section, int offset, string sectionPointer,
        NarrativeCheckOptions options, ref int searchFrom)
    {
        if (options.SourceText is { } source)
        {
            var at = searchFrom < source.Length ? source.IndexOf(words, searchFrom, StringComparison.Ordinal) : -1;
            if (at < 0) at = source.IndexOf(words, StringComparison.Ordinal);
            if (at >= 0)
            {
                searchFrom = at + words.Length;
                var (line, column) = LineAndColumn(source, at);
                return (new SourceLocation { Source = options.SourceName, Line = line, Column = column }, true);
            }
        }

        var (l, c) = LineAndColumn(section, offset);
        return (new SourceLocation { Source = sectionPointer, Line = l, Column = c }, false);
    }

    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static Diagnostic Mismatch(string code, NarrativeStatement statement, LayoutCatalog catalog)
    {
        var cells = new List<CellLayout>();
        foreach (var pointer in statement.CellPointers)
        {
            if (catalog.FindCell(pointer) is { } cell) cells.Add(cell);
        }

        var labels = string.Join(" + ", cells.Select(c => c.Row.LabelPathText + "·" + c.Column.Label));
        var related = new List<string>();
        for (var i = 1; i < statement.CellPointers.Count; i++) related.Add(statement.CellPointers[i]);
        related.Add(statement.SectionPointer);
        var figure = statement.Figure.ToString(CultureInfo.InvariantCulture);
        var value = statement.CellValue!.Value.ToString(CultureInfo.InvariantCulture);
        var message = NarrativeMessages.Mismatch(statement, figure, value, labels);
        return new Diagnostic
        {
            Code = code,
            Severity = DiagnosticSeverity.Warning,
            Pointer = statement.CellPointers[0],
            RelatedPointers = related,
            Expected = statement.Figure,
            Actual = statement.CellValue,
            Formula = $"一、总体情况：“{statement.Text}” = {labels}",
            Location = statement.Location,
            Message = message.En,
            MessageZh = message.Zh,
        };
    }

    private sealed class Statement(NarrativeStatementKind kind, string label, string pattern, string[] cells)
    {
        public NarrativeStatementKind Kind { get; } = kind;

        public string Label { get; } = label;

        public string Pattern { get; } = pattern;

        public Regex Regex { get; } = new(pattern, RegexOptions.CultureInvariant);

        public IReadOnlyList<string> Cells { get; } = cells;
    }
}
