using System.Text.Json;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Model;

namespace Disclosure.Format.Validation;

/// <summary>What kind of check a <see cref="Rule"/> performs.</summary>
public enum RuleKind
{
    /// <summary>A <see cref="SumRule"/>: a cell equals (or is bounded by) a signed sum of other cells.</summary>
    Sum,

    /// <summary>Every count is a non-negative whole number (<see cref="RuleCodes.InvalidCount"/>).</summary>
    CountDomain,

    /// <summary>Every amount of money is non-negative (<see cref="RuleCodes.NegativeAmount"/>).</summary>
    AmountDomain,

    /// <summary>Blank table cells are reported (<see cref="RuleCodes.BlankCell"/>).</summary>
    BlankCell,

    /// <summary>A blank total beside filled parts is reported (<see cref="RuleCodes.BlankTotal"/>).</summary>
    BlankTotal,

    /// <summary>Required parts that are <see langword="null"/> are reported (<see cref="RuleCodes.MissingPart"/>).</summary>
    MissingPart,

    /// <summary>The report year is checked against a lower and/or upper bound.</summary>
    ReportYear,

    /// <summary>A cross-year check of the two reports' metadata (same agency, consecutive years).</summary>
    PairMetadata,

    /// <summary>A <see cref="CustomRule"/> supplied by the caller.</summary>
    Custom,
}

/// <summary>
/// One validation rule: a stable code, a severity, a bilingual title and a formula in the format's own labels. The
/// library's rules are declared as data (<see cref="SumRule"/>) or are fixed checks of the value domain and metadata;
/// callers add their own with <see cref="SumRule"/> or <see cref="CustomRule"/> and <see cref="RuleSet.With"/>.
/// </summary>
public abstract class Rule
{
    /// <summary>Only this library's rule kinds derive from <see cref="Rule"/>.</summary>
    private protected Rule()
    {
    }

    /// <summary>
    /// The stable code every diagnostic of the rule carries, such as <c>DF1003</c>. Unique within a <see cref="RuleSet"/>.
    /// Custom rules should use codes outside the library's <c>DF</c> ranges.
    /// </summary>
    public required string Code { get; init; }

    /// <summary>The severity of the rule's diagnostics when a check fails.</summary>
    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>A short title in English.</summary>
    public required string Title { get; init; }

    /// <summary>A short title in Chinese.</summary>
    public required string TitleZh { get; init; }

    /// <summary>The rule's formula in the format's own labels, e.g. <c>总计 = 自然人 + 商业企业 + …</c>; optional.</summary>
    public string? Formula { get; init; }

    /// <summary>More about the rule in English (why it holds, when it legitimately breaks); optional.</summary>
    public string? Description { get; init; }

    /// <summary>More about the rule in Chinese; optional.</summary>
    public string? DescriptionZh { get; init; }

    /// <summary>
    /// The identifier of the invariant in the project's format specification (section 6), such as
    /// <c>INV-T3-COL</c>; optional.
    /// </summary>
    public string? Reference { get; init; }

    /// <summary>What kind of check the rule performs.</summary>
    public abstract RuleKind Kind { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Title}";

    /// <summary>
    /// Binds the rule to the cells of a slot space. Returns <see langword="null"/> when the rule does not apply there
    /// (only in lenient mode); throws <see cref="ArgumentException"/> in strict mode when it cannot be bound.
    /// </summary>
    internal abstract CompiledRule? Compile(SlotSpace space, bool strict);

    /// <summary>Writes the kind-specific members of the rule's catalog entry.</summary>
    internal abstract void WriteCatalog(Utf8JsonWriter writer, CompiledRule? compiled);

    internal void CheckDeclaration()
    {
        if (string.IsNullOrWhiteSpace(Code)) throw new ArgumentException("A rule needs a non-empty Code.", "rule");
        if (Title is null || TitleZh is null) throw new ArgumentException($"Rule {Code} needs a Title and a TitleZh.", "rule");
        if (Severity is < DiagnosticSeverity.Info or > DiagnosticSeverity.Error)
        {
            throw new ArgumentException($"Rule {Code} has an unknown severity {(int)Severity}.", "rule");
        }
    }
}

/// <summary>How the target cell of a <see cref="SumCheck"/> relates to the signed sum of its other cells.</summary>
public enum SumRelation
{
    /// <summary>The target equals the sum (<c>总计 = Σ parts</c>).</summary>
    Equal,

    /// <summary>The target is at most the sum (<c>四 ≤ 一 + 二</c>).</summary>
    AtMost,

    /// <summary>The target is at least the sum (<c>现行有效件数 ≥ 本年制发件数 − 本年废止件数</c>).</summary>
    AtLeast,
}

/// <summary>
/// One instance of a <see cref="SumRule"/>: a target cell and the cells whose signed sum it is compared with. Cells
/// are named by their RFC 6901 JSON Pointer (see <see cref="Layout.CellLayout.Pointer"/>); in a cross-year rule, a
/// pointer into the previous report is written with the prefix <see cref="PreviousReportPrefix"/>.
/// </summary>
/// <example>
/// <code>
/// // 总计 of row 一 = its six applicant columns
/// var check = new SumCheck
/// {
///     Target = "/applications/newlyReceived/total",
///     Add = ["/applications/newlyReceived/naturalPerson", "/applications/newlyReceived/commercialEnterprise", /* … */],
/// };
/// </code>
/// </example>
public sealed record SumCheck
{
    /// <summary>
    /// The prefix of a pointer into the previous-year report in a cross-year check (a URI reference whose fragment is the
    /// RFC 6901 pointer): <c>previous#/applications/carriedForward/total</c>. Diagnostics use the same form in
    /// <see cref="Diagnostic.RelatedPointers"/>.
    /// </summary>
    public const string PreviousReportPrefix = "previous#";

    /// <summary>The cell the check is located at (the cell at fault when it fails): a total, or the cell a bound applies to.</summary>
    public required string Target { get; init; }

    /// <summary>Cells added to the sum.</summary>
    public IReadOnlyList<string> Add { get; init; } = [];

    /// <summary>Cells subtracted from the sum.</summary>
    public IReadOnlyList<string> Subtract { get; init; } = [];

    /// <summary>Returns the pointer of <paramref name="pointer"/>'s cell in the previous-year report (<see cref="PreviousReportPrefix"/> + pointer).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="pointer"/> is <see langword="null"/>.</exception>
    public static string InPreviousReport(string pointer) =>
        PreviousReportPrefix + (pointer ?? throw new ArgumentNullException(nameof(pointer)));
}

/// <summary>
/// A rule declared as data: for each <see cref="SumCheck"/>, the target cell must equal (or be bounded by) the signed
/// sum of the other cells. One generic engine evaluates every sum rule. A check with a blank cell is reported as not
/// assessable, naming the blank cells; a failed check is reported at its target with the other cells as related
/// pointers, the expected value (for <see cref="SumRelation.AtMost"/> and <see cref="SumRelation.AtLeast"/>: the
/// bound), the actual value and the check's formula in the format's labels.
/// </summary>
/// <example>
/// <code>
/// var rule = new SumRule
/// {
///     Code = "X0001", Severity = DiagnosticSeverity.Warning,
///     Title = "Withheld for state secrets at most the disclosed", TitleZh = "属于国家秘密不多于予以公开",
///     Relation = SumRelation.AtMost,
///     Checks = [new SumCheck { Target = "/applications/outcomes/withheld/stateSecret/total", Add = ["/applications/outcomes/disclosed/total"] }],
/// };
/// var rules = RuleSet.Edition2021.With(rule);
/// </code>
/// </example>
public sealed class SumRule : Rule
{
    /// <summary>How each check's target relates to its sum; <see cref="SumRelation.Equal"/> by default.</summary>
    public SumRelation Relation { get; init; } = SumRelation.Equal;

    /// <summary>The rule's checks (one per column, per row, …).</summary>
    public required IReadOnlyList<SumCheck> Checks { get; init; }

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.Sum;

    internal override CompiledRule? Compile(SlotSpace space, bool strict) => CompiledSumRule.Create(this, space, strict);

    internal override void WriteCatalog(Utf8JsonWriter writer, CompiledRule? compiled)
    {
        writer.WriteString("relation", Relation switch
        {
            SumRelation.AtMost => "atMost",
            SumRelation.AtLeast => "atLeast",
            _ => "equal",
        });
        writer.WriteStartArray("checks");
        if (compiled is CompiledSumRule sum)
        {
            foreach (var check in sum.Checks)
            {
                writer.WriteStartObject();
                writer.WriteString("formula", check.Formula);
                writer.WriteString("target", check.Target.Pointer);
                CatalogWriter.WritePointers(writer, "add", check.Add);
                CatalogWriter.WritePointers(writer, "subtract", check.Subtract);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }
}

/// <summary>
/// A rule written as code by the caller: <see cref="Check"/> returns the diagnostics for one report. Custom rules run
/// only in single-report rule sets. Exceptions thrown by <see cref="Check"/> are not caught.
/// </summary>
/// <example>
/// <code>
/// var rule = new CustomRule
/// {
///     Code = "X0002", Severity = DiagnosticSeverity.Warning, Title = "Title mentions the year", TitleZh = "标题含年度",
///     Check = report => report.Metadata.Title is { } t &amp;&amp; !t.Contains(report.Metadata.Year.ToString())
///         ? [new Diagnostic { Code = "X0002", Severity = DiagnosticSeverity.Warning, Pointer = "/metadata/title",
///                             Message = "The title does not mention the report year.", MessageZh = "标题未写明报告年度。" }]
///         : [],
/// };
/// </code>
/// </example>
public sealed class CustomRule : Rule
{
    /// <summary>Returns the diagnostics of the rule for a report (an empty sequence when the report passes).</summary>
    public required Func<DisclosureReport, IEnumerable<Diagnostic>> Check { get; init; }

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.Custom;

    internal override CompiledRule? Compile(SlotSpace space, bool strict)
    {
        if (Check is null) throw new ArgumentException($"Custom rule {Code} needs a Check.", "rule");
        if (space.IsPair)
        {
            if (strict) throw new ArgumentException($"Custom rule {Code} cannot run in a cross-year rule set.", "rule");
            return null;
        }

        return new CompiledCustomRule(this);
    }

    internal override void WriteCatalog(Utf8JsonWriter writer, CompiledRule? compiled)
    {
    }
}
