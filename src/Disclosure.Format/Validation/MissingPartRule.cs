using System.Text.Json;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Validation;

/// <summary>Reports required parts that are <see langword="null"/> in a report built in code.</summary>
internal sealed class MissingPartRule : Rule
{
    private static readonly string[] Members = ["/metadata", "/overview", "/problemsAndImprovements", "/otherMatters"];

    public override RuleKind Kind => RuleKind.MissingPart;

    internal override CompiledRule? Compile(SlotSpace space, bool strict)
    {
        var rows = space.Slots.Take(space.CurrentCount)
            .Where(s => s.Cell is not null)
            .GroupBy(s => s.Cell!.Row)
            .Select(g => (Pointer: g.Key.Pointer ?? g.First().RawPointer, Slots: g.ToArray()))
            .ToArray();
        return new Compiled(this, rows);
    }

    internal override void WriteCatalog(Utf8JsonWriter writer, CompiledRule? compiled)
    {
        writer.WriteStartArray("parts");
        foreach (var member in Members) writer.WriteStringValue(member);
        writer.WriteStringValue("/metadata/agency");
        foreach (var (pointer, _) in ((Compiled)compiled!).Rows) writer.WriteStringValue(pointer);
        writer.WriteEndArray();
    }

    private sealed class Compiled(MissingPartRule source, (string Pointer, Slot[] Slots)[] rows) : CompiledRule(source)
    {
        private readonly MissingPartRule rule = source;

        public (string Pointer, Slot[] Slots)[] Rows { get; } = rows;

        public override void Evaluate(in RuleInput input, ref DiagnosticBag bag)
        {
            var report = input.Current;
            if (report.Metadata is null) Add(ref bag, "/metadata", "元数据");
            else if (report.Metadata.Agency is null) Add(ref bag, "/metadata/agency", "机关名称");
            if (report.Overview is null) Add(ref bag, "/overview", "一、总体情况");
            if (report.ProblemsAndImprovements is null) Add(ref bag, "/problemsAndImprovements", "五、存在的主要问题及改进情况");
            if (report.OtherMatters is null) Add(ref bag, "/otherMatters", "六、其他需要报告的事项");
            if (!input.AnyMissing)
            {
                return;
            }

            foreach (var (pointer, slots) in Rows)
            {
                foreach (var slot in slots)
                {
                    if (input.States[slot.Index] == SlotState.Missing)
                    {
                        Add(ref bag, pointer, slot.Cell!.Row.LabelPathText);
                        break;
                    }
                }
            }
        }

        private void Add(ref DiagnosticBag bag, string pointer, string label)
        {
            var message = ValidationMessages.MissingPart(rule, label, pointer);
            bag.Add(new Diagnostic
            {
                Code = rule.Code,
                Severity = rule.Severity,
                Pointer = pointer,
                Message = message.En,
                MessageZh = message.Zh,
            });
        }
    }
}
