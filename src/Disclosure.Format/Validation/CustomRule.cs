using System.Text.Json;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Model;

namespace Disclosure.Format.Validation;

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
