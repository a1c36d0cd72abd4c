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
                    var v = Messages.Number(value);
                    bag.Add(new Diagnostic
                    {
                        Code = rule.Code,
                        Severity = rule.Severity,
                        Pointer = slot.Pointer,
                        Actual = value,
                        Message = amount
                            ? $"{rule.Title}: {slot.Label} is {v}; an amount cannot be negative."
                            : $"{rule.Title}: {slot.Label} is {v}; a count must be a non-negative whole number.",
                        MessageZh = amount
                            ? $"{rule.TitleZh}：{slot.Label}为{v}；金额不能为负数。"
                            : $"{rule.TitleZh}：{slot.Label}为{v}；件数应为非负整数。",
                    });
                }
            }
        }
    }
}

/// <summary>A total cell and the lists of cells it totals, gathered from the "total = Σ parts" sum rules.</summary>
internal sealed class TotalPlan(Slot total)
{
    public Slot Total { get; } = total;

    public List<Slot[]> PartLists { get; } = [];

    public bool AnyPartFilled(ReadOnlySpan<decimal?> values)
    {
        foreach (var parts in PartLists)
        {
            foreach (var part in parts)
            {
                if (values[part.Index].HasValue) return true;
            }
        }

        return false;
    }

    /// <summary>Gathers the checks of the source rules by target, in order of first appearance.</summary>
    public static TotalPlan[] Build(IReadOnlyList<SumRule> sources, SlotSpace space)
    {
        var byTarget = new Dictionary<Slot, TotalPlan>();
        var order = new List<TotalPlan>();
        foreach (var source in sources)
        {
            if (CompiledSumRule.Create(source, space, strict: true) is not { } compiled)
            {
                continue;
            }

            foreach (var check in compiled.Checks)
            {
                if (!byTarget.TryGetValue(check.Target, out var plan))
                {
                    byTarget[check.Target] = plan = new TotalPlan(check.Target);
                    order.Add(plan);
                }

                plan.PartLists.Add(check.Add);
            }
        }

        return order.ToArray();
    }
}

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

                bag.Add(new Diagnostic
                {
                    Code = rule.Code,
                    Severity = rule.Severity,
                    Pointer = slot.Pointer,
                    Message = $"{rule.Title}: {slot.Label} is blank; a blank is not 0, and checks that need it are not assessable.",
                    MessageZh = $"{rule.TitleZh}：{slot.Label}空白；空白不等于0，需要该单元格的核对无法进行。",
                });
            }
        }
    }
}

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

                var label = plan.Total.Label;
                bag.Add(new Diagnostic
                {
                    Code = rule.Code,
                    Severity = rule.Severity,
                    Pointer = plan.Total.Pointer,
                    RelatedPointers = filled.AsReadOnly(),
                    Expected = expected,
                    Message = $"{rule.Title}: {label} is blank although {filled.Count} of the cells it totals are filled; a blank total is not 0" +
                              (expected is { } e ? $" (the filled parts add up to {Messages.Number(e)})." : "."),
                    MessageZh = $"{rule.TitleZh}：{label}空白，但其合计的单元格中有{filled.Count}个已填写；空白总计不等于0" +
                                (expected is { } z ? $"（各项之和为{Messages.Number(z)}）。" : "。"),
                });
            }
        }
    }
}

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

        private void Add(ref DiagnosticBag bag, string pointer, string label) => bag.Add(new Diagnostic
        {
            Code = rule.Code,
            Severity = rule.Severity,
            Pointer = pointer,
            Message = $"{rule.Title}: {label} ({pointer}) is null; its cells are treated as blank.",
            MessageZh = $"{rule.TitleZh}：{label}（{pointer}）为 null，其单元格按空白处理。",
        });
    }
}

/// <summary>The report year lies within bounds (a lower year, and/or at most the current year plus an offset).</summary>
internal sealed class ReportYearRule : Rule
{
    public const string YearPointer = "/metadata/year";

    public int? Minimum { get; init; }

    /// <summary>The last year allowed (a fixed year, such as the last year an edition was issued for); optional.</summary>
    public int? Maximum { get; init; }

    public int? MaximumAfterCurrentYear { get; init; }

    public override RuleKind Kind => RuleKind.ReportYear;

    internal override CompiledRule? Compile(SlotSpace space, bool strict) => new Compiled(this);

    internal override void WriteCatalog(Utf8JsonWriter writer, CompiledRule? compiled)
    {
        writer.WriteString("pointer", YearPointer);
        if (Minimum is { } min) writer.WriteNumber("minimum", min);
        if (Maximum is { } fixedMax) writer.WriteNumber("maximum", fixedMax);
        if (MaximumAfterCurrentYear is { } max) writer.WriteNumber("maximumAfterCurrentYear", max);
    }

    private sealed class Compiled(ReportYearRule source) : CompiledRule(source)
    {
        private readonly ReportYearRule rule = source;

        public override void Evaluate(in RuleInput input, ref DiagnosticBag bag)
        {
            if (input.Current.Metadata is not { } metadata)
            {
                return;
            }

            var year = metadata.Year;
            if (rule.Minimum is { } min && year < min)
            {
                bag.Add(Create(year, min, $"before {min}", $"早于{min}年"));
                return;
            }

            if (rule.Maximum is { } max && year > max)
            {
                bag.Add(Create(year, max, $"after {max}", $"晚于{max}年"));
                return;
            }

            if (rule.MaximumAfterCurrentYear is { } offset)
            {
                var bound = DateTime.UtcNow.Year + offset;
                if (year > bound)
                {
                    // No Expected value: the bound moves with the clock, and results must not.
                    bag.Add(Create(year, null, $"after {bound} (the current year + {offset})", $"晚于{bound}年（当前年份加{offset}）"));
                }
            }
        }

        private Diagnostic Create(int year, int? bound, string en, string zh) => new()
        {
            Code = rule.Code,
            Severity = rule.Severity,
            Pointer = YearPointer,
            Expected = bound,
            Actual = year,
            Message = $"{rule.Title}: the report year is {year}, {en}.",
            MessageZh = $"{rule.TitleZh}：报告年度为{year}，{zh}。",
        };
    }
}

/// <summary>Cross-year: the two reports are of the same agency and of consecutive years.</summary>
internal sealed class PairMetadataRule : Rule
{
    public required bool ComparesAgency { get; init; }

    public override RuleKind Kind => RuleKind.PairMetadata;

    private string Pointer => ComparesAgency ? "/metadata/agency" : ReportYearRule.YearPointer;

    internal override CompiledRule? Compile(SlotSpace space, bool strict)
    {
        if (!space.IsPair)
        {
            if (strict) throw new ArgumentException($"Rule {Code} compares two reports; it belongs in a cross-year rule set.", "rule");
            return null;
        }

        return new Compiled(this);
    }

    internal override void WriteCatalog(Utf8JsonWriter writer, CompiledRule? compiled)
    {
        writer.WriteString("target", SumCheck.PreviousReportPrefix + Pointer);
        CatalogWriter.WritePointers(writer, "related", [Pointer]);
    }

    private sealed class Compiled(PairMetadataRule source) : CompiledRule(source)
    {
        private readonly PairMetadataRule rule = source;

        public override void Evaluate(in RuleInput input, ref DiagnosticBag bag)
        {
            if (input.Current.Metadata is not { } current || input.Previous?.Metadata is not { } previous)
            {
                return;
            }

            var pointer = rule.Pointer;
            if (rule.ComparesAgency)
            {
                if (current.Agency is null || previous.Agency is null
                    || string.Equals(current.Agency.Trim(), previous.Agency.Trim(), StringComparison.Ordinal))
                {
                    return;
                }

                bag.Add(new Diagnostic
                {
                    Code = rule.Code,
                    Severity = rule.Severity,
                    Pointer = SumCheck.PreviousReportPrefix + pointer,
                    RelatedPointers = [pointer],
                    Message = $"{rule.Title}: the previous report is by \"{previous.Agency}\", this one by \"{current.Agency}\".",
                    MessageZh = $"{rule.TitleZh}：上年报告的机关为“{previous.Agency}”，本报告为“{current.Agency}”。",
                });
                return;
            }

            if (previous.Year == current.Year - 1)
            {
                return;
            }

            bag.Add(new Diagnostic
            {
                Code = rule.Code,
                Severity = rule.Severity,
                Pointer = SumCheck.PreviousReportPrefix + pointer,
                RelatedPointers = [pointer],
                Expected = current.Year - 1,
                Actual = previous.Year,
                Message = $"{rule.Title}: the previous report is for {previous.Year}, expected {current.Year - 1}.",
                MessageZh = $"{rule.TitleZh}：上年报告的年度为{previous.Year}，应为{current.Year - 1}。",
            });
        }
    }
}

/// <summary>Small helpers for writing the rule catalog.</summary>
internal static class CatalogWriter
{
    public static void WritePointers(Utf8JsonWriter writer, string name, IEnumerable<Slot> slots) =>
        WritePointers(writer, name, slots.Select(s => s.Pointer));

    public static void WritePointers(Utf8JsonWriter writer, string name, IEnumerable<string> pointers)
    {
        writer.WriteStartArray(name);
        foreach (var pointer in pointers) writer.WriteStringValue(pointer);
        writer.WriteEndArray();
    }
}
