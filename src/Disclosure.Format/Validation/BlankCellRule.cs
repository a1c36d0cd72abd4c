using System.Text.Json;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Validation;

/// <summary>Reports blank table cells, except blank totals beside filled parts (INV-D2).</summary>
internal sealed class BlankCellRule : Rule
{
    /// <summary>The "total = Σ parts" rules whose totals <see cref="BlankTotalRule"/> reports instead.</summary>
    public required IReadOnlyList<SumRule> Totals { get; init; }

    public override RuleKind Kind => RuleKind.BlankCell;

    internal override CompiledRule? Compile(SlotSpace space, bool strict)
    {
        var totals = new TotalPlan?[space.Slots.Length];
        foreach (var plan in TotalPlan.Build(Totals, space))
        {
            totals[plan.Total.Index] = plan;
        }

        return new Compiled(this, space.Slots.Take(space.CurrentCount).Where(s => s.Cell is not null).ToArray(), totals);
    }

    internal override void WriteCatalog(Utf8JsonWriter writer, CompiledRule? compiled) =>
        CatalogWriter.WritePointers(writer, "cells", ((Compiled)compiled!).Cells);

    private sealed class Compiled(BlankCellRule source, Slot[] cells, TotalPlan?[] totals) : CompiledRule(source)
    {
        private readonly BlankCellRule rule = source;

        public Slot[] Cells { get; } = cells;

        private readonly int[] indices = [.. cells.Select(s => s.Index)];

        public override void Evaluate(in RuleInput input, ref DiagnosticBag bag)
        {
            var notInteger = input.NotInteger;
            var indices = this.indices;
            for (var k = 0; k < indices.Length; k++)
            {
                var index = indices[k];
                if (notInteger[index] == 0 || input.States[index] != SlotState.Present || input.Values[index].HasValue)
                {
                    continue;
                }

                var slot = Cells[k];
                if (totals[slot.Index] is { } plan && plan.AnyPartFilled(input.Values))
                {
                    continue; // a blank total beside filled parts: DF1012
                }

                var message = ValidationMessages.BlankCell(rule, slot.Label);
                bag.Add(new Diagnostic
                {
                    Code = rule.Code,
                    Severity = rule.Severity,
                    Pointer = slot.Pointer,
                    Message = message.En,
                    MessageZh = message.Zh,
                });
            }
        }
    }
}
