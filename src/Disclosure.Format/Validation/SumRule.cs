using System.Text.Json;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Validation;

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
