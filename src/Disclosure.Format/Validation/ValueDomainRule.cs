using System.Text.Json;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Validation;

/// <summary>Counts are non-negative whole numbers; amounts are non-negative (INV-D1).</summary>
internal sealed class ValueDomainRule : Rule
{
    public required CellValueKind ValueKind { get; init; }

    public override RuleKind Kind => ValueKind == CellValueKind.Amount ? RuleKind.AmountDomain : RuleKind.CountDomain;

    internal override CompiledRule? Compile(SlotSpace space, bool strict) =>
        new Compiled(this, space.Slots.Take(space.CurrentCount).Where(s => s.Kind == ValueKind).ToArray());

    internal override void WriteCatalog(Utf8JsonWriter writer, CompiledRule? compiled) =>
        CatalogWriter.WritePointers(writer, "cells", ((Compiled)compiled!).Slots);

    private sealed class Compiled(ValueDomainRule source, Slot[] slots) : CompiledRule(source)
    {
        private readonly ValueDomainRule rule = source;

        public Slot[] Slots { get; } = slots;

        private readonly int[] indices = [.. slots.Select(s => s.Index)];

        public override void Evaluate(in RuleInput input, ref DiagnosticBag bag)
        {
            var amount = rule.ValueKind == CellValueKind.Amount;
            var notInteger = input.NotInteger;
            var integers = input.Integers;
            var indices = this.indices;
            for (var k = 0; k < indices.Length; k++)
            {
                var index = indices[k];
                if (notInteger[index] == 0 && integers[index] >= 0)
                {
                    continue; // a filled count read from an int: a whole number, and not negative
                }

                if (input.States[index] != SlotState.Present || input.Values[index] is not { } value)
                {
                    continue;
                }

                var slot = Slots[k];
                var bad = amount ? value < 0 : value < 0 || value != decimal.Truncate(value);
                if (bad)
                {
                    var message = ValidationMessages.BadValue(rule, slot.Label, value, amount);
                    bag.Add(new Diagnostic
                    {
                        Code = rule.Code,
                        Severity = rule.Severity,
                        Pointer = slot.Pointer,
                        Actual = value,
                        Message = message.En,
                        MessageZh = message.Zh,
                    });
                }
            }
        }
    }
}
