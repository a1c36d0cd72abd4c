using System.Text.Json;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Validation;

/// <summary>Reports a blank total while at least one of the cells it totals is filled (INV-D2, defect D1).</summary>
internal sealed class BlankTotalRule : Rule
{
    /// <summary>The "total = Σ parts" rules whose totals are checked.</summary>
    public required IReadOnlyList<SumRule> Totals { get; init; }

    public override RuleKind Kind => RuleKind.BlankTotal;

    internal override CompiledRule? Compile(SlotSpace space, bool strict) => new Compiled(this, TotalPlan.Build(Totals, space));

    internal override void WriteCatalog(Utf8JsonWriter writer, CompiledRule? compiled)
    {
        writer.WriteStartArray("checks");
        foreach (var plan in ((Compiled)compiled!).Plans)
        {
            foreach (var parts in plan.PartLists)
            {
                writer.WriteStartObject();
                writer.WriteString("target", plan.Total.Pointer);
                CatalogWriter.WritePointers(writer, "parts", parts);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private sealed class Compiled(BlankTotalRule source, TotalPlan[] plans) : CompiledRule(source)
    {
        private readonly BlankTotalRule rule = source;

        public TotalPlan[] Plans { get; } = plans;

        public override void Evaluate(in RuleInput input, ref DiagnosticBag bag)
        {
            var values = input.Values;
            foreach (var plan in Plans)
            {
                var index = plan.Total.Index;
                if (input.NotInteger[index] == 0 || input.States[index] != SlotState.Present || values[index].HasValue || !plan.AnyPartFilled(values))
                {
                    continue;
                }

                var filled = new List<string>();
                decimal? expected = null;
                foreach (var parts in plan.PartLists)
                {
                    var complete = true;
                    decimal sum = 0;
                    foreach (var part in parts)
                    {
                        if (values[part.Index] is { } v)
                        {
                            if (!filled.Contains(part.Pointer)) filled.Add(part.Pointer);
                            try
                            {
                                sum += v;
                            }
                            catch (OverflowException)
                            {
                                complete = false;
                            }
                        }
                        else
                        {
                            complete = false;
                        }
                    }

                    if (complete && expected is null) expected = sum;
                }

                var message = ValidationMessages.BlankTotal(rule, plan.Total.Label, filled.Count, expected);
                bag.Add(new Diagnostic
                {
                    Code = rule.Code,
                    Severity = rule.Severity,
                    Pointer = plan.Total.Pointer,
                    RelatedPointers = filled.AsReadOnly(),
                    Expected = expected,
                    Message = message.En,
                    MessageZh = message.Zh,
                });
            }
        }
    }
}
