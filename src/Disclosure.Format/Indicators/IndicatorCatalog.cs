using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Disclosure.Format.Aggregation;
using Disclosure.Format.Comparison;
using Disclosure.Format.Json;
using Disclosure.Format.Model;

namespace Disclosure.Format.Indicators;

/// <summary>
/// The indicators evaluators compute from the reports (disclosure, correction and carry-forward rates, applications
/// received, their growth), as data: each has a code, a bilingual name, a formula over catalog cells per edition and
/// its treatment of blanks and zero denominators. The library's catalog (<see cref="Default"/>) is committed as
/// <c>schema/indicators.json</c> and embedded (<see cref="GetJson"/>); <see cref="Load"/> reads any catalog in the same
/// form, so partners can compute the same indicators, or their own, from the JSON.
/// </summary>
/// <remarks>
/// <para>
/// The formula language is small and exact: decimal numbers (<c>100</c>, <c>0.5</c>), cells written as their JSON
/// Pointer in braces (<c>{/applications/newlyReceived/total}</c>), cells of the previous year's report with the prefix
/// <c>previous#</c> (<c>{previous#/applications/newlyReceived/total}</c>), <c>+ - * /</c> with the usual precedence,
/// unary minus and parentheses. It is evaluated in <see cref="decimal"/> (28 significant digits), never in floating
/// point, and the values are not rounded: a ratio is a fraction (0.25 for 25 %).
/// </para>
/// <para>
/// By default a blank cell makes an indicator not computable (<see cref="IndicatorStatus.BlankInput"/>, naming the
/// blank cells) and so does a zero denominator (<see cref="IndicatorStatus.ZeroDenominator"/>): an agency that
/// handled no application has no disclosure rate, not a rate of 0 %.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// foreach (var value in IndicatorCatalog.Default.Compute(report))
///     Console.WriteLine($"{value.Code} {value.Indicator.NameZh}: {value.Value?.ToString("P1") ?? value.Status.ToString()}");
/// </code>
/// </example>
public sealed class IndicatorCatalog
{
    /// <summary>The file name of the committed catalog: <c>indicators.json</c>.</summary>
    public const string FileName = "indicators.json";

    private const string Language =
        "Decimal numbers; cells as their RFC 6901 JSON Pointer in braces, {/applications/newlyReceived/total}; cells of the previous year's report as {previous#/…}; + - * / with the usual precedence, unary minus and parentheses. Evaluated exactly in decimal arithmetic (28 significant digits), never rounded; a ratio is a fraction (0.25 = 25 %).";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<IndicatorCatalog> DefaultCatalog = new(() => Build(DefaultIndicators.All(), "/indicators"));

    private IndicatorCatalog(IReadOnlyList<Indicator> indicators)
    {
        Indicators = indicators;
    }

    /// <summary>The library's indicators (<c>DFI001</c>–<c>DFI010</c>), exactly those of the committed <c>schema/indicators.json</c>.</summary>
    public static IndicatorCatalog Default => DefaultCatalog.Value;

    /// <summary>The indicators in catalog order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Finds an indicator by its code, or returns <see langword="null"/>.</summary>
    public Indicator? Find(string code)
    {
        foreach (var indicator in Indicators)
        {
            if (string.Equals(indicator.Code, code, StringComparison.Ordinal)) return indicator;
        }

        return null;
    }

    /// <summary>Returns the committed catalog (<c>schema/indicators.json</c>) embedded in this assembly.</summary>
    public static string GetJson()
    {
        using var stream = typeof(IndicatorCatalog).Assembly.GetManifestResourceStream("schema/" + FileName)
                           ?? throw new InvalidOperationException($"The indicator catalog {FileName} is not embedded in this build.");
        using var reader = new StreamReader(stream, Utf8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Computes every indicator for <paramref name="report"/>, with <paramref name="previous"/> as the same agency's
    /// previous-year report for the year-over-year indicators (of either edition).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<IndicatorValue> Compute(DisclosureReport report, DisclosureReport? previous = null)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        var values = new IndicatorValue[Indicators.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Evaluate(Indicators[i], report, previous);
        }

        return values;
    }

    /// <summary>
    /// Computes every indicator for a roll-up's summed report (a blank summed cell is blank here too); every indicator
    /// is <see cref="IndicatorStatus.BlankInput"/>-free only when the roll-up's cells are.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="rollUp"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The roll-up has no report (its parts could not be summed).</exception>
    public IReadOnlyList<IndicatorValue> Compute(RollUpResult rollUp, DisclosureReport? previous = null)
    {
        if (rollUp is null) throw new ArgumentNullException(nameof(rollUp));
        return Compute(rollUp.Report ?? throw new ArgumentException("The roll-up has no report; see its diagnostics.", nameof(rollUp)), previous);
    }

    /// <summary>
    /// Computes every indicator for both reports of a comparison: the previous report on its own, the current one with
    /// the previous as its previous year; each <see cref="IndicatorChange"/> gives both and the difference.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<IndicatorChange> Compute(ReportComparison comparison)
    {
        if (comparison is null) throw new ArgumentNullException(nameof(comparison));
        var changes = new IndicatorChange[Indicators.Count];
        for (var i = 0; i < changes.Length; i++)
        {
            changes[i] = new IndicatorChange(
                Evaluate(Indicators[i], comparison.Previous, null),
                Evaluate(Indicators[i], comparison.Current, comparison.Previous));
        }

        return changes;
    }

    private static IndicatorValue Evaluate(Indicator indicator, DisclosureReport report, DisclosureReport? previous)
    {
        var node = indicator.CompiledFor(report.Edition);
        if (node is null)
        {
            return new IndicatorValue(indicator, null, IndicatorStatus.NotDefinedForEdition, [], null);
        }

        var formula = indicator.Formulas[report.Edition];
        if (node.UsesPrevious && previous is null)
        {
            return new IndicatorValue(indicator, null, IndicatorStatus.NoPreviousReport, [], formula);
        }

        var context = new FormulaContext(report, previous, indicator.Blanks, indicator.ZeroDenominator);
        var value = node.Evaluate(context);
        IReadOnlyList<string> blanks = context.BlankPointers is { } list ? list : [];
        var status = context.MissingPrevious ? IndicatorStatus.NoPreviousReport
            : context.MissingCell ? IndicatorStatus.NotDefinedForEdition
            : value is null && blanks.Count > 0 ? IndicatorStatus.BlankInput
            : context.ZeroDenominator ? IndicatorStatus.ZeroDenominator
            : context.Overflow ? IndicatorStatus.OutOfRange
            : IndicatorStatus.Computed;
        return new IndicatorValue(indicator, status == IndicatorStatus.Computed ? value : null, status, blanks, formula);
    }

    /// <summary>
    /// Writes the catalog as canonical JSON (two-space indentation, <c>\n</c> line ends, readable Chinese, final
    /// newline): for <see cref="Default"/> exactly the committed <c>schema/indicators.json</c>.
    /// </summary>
    public string Export()
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
            writer.WriteString("scope", "indicators");
            writer.WriteString("formulaLanguage", Language);
            writer.WriteString("previousReportPrefix", Validation.SumCheck.PreviousReportPrefix);
            writer.WriteStartArray("indicators");
            foreach (var indicator in Indicators)
            {
                writer.WriteStartObject();
                writer.WriteString("code", indicator.Code);
                writer.WriteStartObject("name");
                writer.WriteString("zh", indicator.NameZh);
                writer.WriteString("en", indicator.Name);
                writer.WriteEndObject();
                if (indicator.DescriptionZh is not null || indicator.Description is not null)
                {
                    writer.WriteStartObject("description");
                    if (indicator.DescriptionZh is not null) writer.WriteString("zh", indicator.DescriptionZh);
                    if (indicator.Description is not null) writer.WriteString("en", indicator.Description);
                    writer.WriteEndObject();
                }

                writer.WriteString("unit", indicator.Unit == IndicatorUnit.Count ? "count" : "ratio");
                writer.WriteString("blanks", indicator.Blanks == BlankTreatment.Zero ? "zero" : "notComputable");
                writer.WriteString("zeroDenominator", indicator.ZeroDenominator == ZeroDenominatorTreatment.Zero ? "zero" : "notComputable");
                writer.WriteBoolean("requiresPreviousReport", indicator.RequiresPreviousReport);
                writer.WriteStartObject("formulas");
                foreach (var edition in new[] { ReportEdition.Edition2019, ReportEdition.Edition2021 })
                {
                    if (indicator.Formulas.TryGetValue(edition, out var formula)) writer.WriteString(EditionNames.ToJson(edition), formula);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return Utf8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Reads a catalog in the form of <c>schema/indicators.json</c> (the library's, or a partner's own) and compiles its
    /// formulas.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IndicatorCatalogException">
    /// The catalog is not such JSON (<see cref="ComparisonCodes.IndicatorCatalogInvalid"/>), a formula does not parse
    /// (<see cref="ComparisonCodes.IndicatorFormulaSyntax"/>) or names no cell of its edition
    /// (<see cref="ComparisonCodes.IndicatorUnknownCell"/>); the exception names the JSON Pointer and position.
    /// </exception>
    public static IndicatorCatalog Load(string json)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw Invalid("", $"not well-formed JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("indicators", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw Invalid("", "an object with an \"indicators\" array is expected.");
            }

            var declarations = new List<IndicatorDeclaration>();
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var at = "/indicators/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (item.ValueKind != JsonValueKind.Object) throw Invalid(at, "an indicator object is expected.");
                var code = String(item, "code", at);
                var name = Object(item, "name", at);
                var description = item.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.Object ? d : (JsonElement?)null;
                var unit = String(item, "unit", at) switch
                {
                    "count" => IndicatorUnit.Count,
                    "ratio" => IndicatorUnit.Ratio,
                    _ => throw Invalid(at + "/unit", "\"count\" or \"ratio\" expected."),
                };
                var blanks = Optional(item, "blanks", at) switch
                {
                    null or "notComputable" => BlankTreatment.NotComputable,
                    "zero" => BlankTreatment.Zero,
                    _ => throw Invalid(at + "/blanks", "\"notComputable\" or \"zero\" expected."),
                };
                var zero = Optional(item, "zeroDenominator", at) switch
                {
                    null or "notComputable" => ZeroDenominatorTreatment.NotComputable,
                    "zero" => ZeroDenominatorTreatment.Zero,
                    _ => throw Invalid(at + "/zeroDenominator", "\"notComputable\" or \"zero\" expected."),
                };
                var formulas = new Dictionary<ReportEdition, string>();
                foreach (var f in Object(item, "formulas", at).EnumerateObject())
                {
                    if (!EditionNames.TryParse(f.Name, out var edition)) throw Invalid(at + "/formulas/" + f.Name, "an edition (\"2019\" or \"2021\") expected.");
                    if (f.Value.ValueKind != JsonValueKind.String) throw Invalid(at + "/formulas/" + f.Name, "a formula string expected.");
                    formulas[edition] = f.Value.GetString()!;
                }

                declarations.Add(new IndicatorDeclaration(code, String(name, "zh", at + "/name"), String(name, "en", at + "/name"), unit, formulas,
                    description is { } de ? Optional(de, "zh", at + "/description") : null,
                    description is { } den ? Optional(den, "en", at + "/description") : null,
                    blanks, zero));
                index++;
            }

            return Build(declarations, "/indicators");
        }
    }

    private static IndicatorCatalog Build(IEnumerable<IndicatorDeclaration> declarations, string at)
    {
        var indicators = new List<Indicator>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var declaration in declarations)
        {
            var where = at + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!codes.Add(declaration.Code)) throw Invalid(where + "/code", $"the code {declaration.Code} is used twice.");
            var compiled = new Dictionary<ReportEdition, FormulaNode>();
            foreach (var pair in declaration.Formulas)
            {
                compiled[pair.Key] = FormulaParser.Parse(pair.Value, pair.Key, where + "/formulas/" + EditionNames.ToJson(pair.Key));
            }

            indicators.Add(new Indicator(declaration.Code, declaration.NameZh, declaration.Name, declaration.DescriptionZh, declaration.Description,
                declaration.Unit, declaration.Formulas, compiled, declaration.Blanks, declaration.ZeroDenominator));
            index++;
        }

        return new IndicatorCatalog(indicators);
    }

    private static string String(JsonElement e, string name, string at) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Invalid(at + "/" + name, "a string is expected.");

    private static string? Optional(JsonElement e, string name, string at) =>
        !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null ? null
        : v.ValueKind == JsonValueKind.String ? v.GetString() : throw Invalid(at + "/" + name, "a string is expected.");

    private static JsonElement Object(JsonElement e, string name, string at) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : throw Invalid(at + "/" + name, "an object is expected.");

    private static IndicatorCatalogException Invalid(string pointer, string message) =>
        new(ComparisonCodes.IndicatorCatalogInvalid, pointer, null, message);
}
