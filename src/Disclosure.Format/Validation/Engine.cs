using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Model;

namespace Disclosure.Format.Validation;

/// <summary>What a compiled rule reads: the reports, the values of every slot and how each was found.</summary>
internal readonly ref struct RuleInput
{
    public RuleInput(DisclosureReport current, DisclosureReport? previous, SlotBuffers buffers, string? notAssessableCode)
    {
        Current = current;
        Previous = previous;
        Values = buffers.Values;
        States = buffers.States;
        Integers = buffers.Integers;
        NotInteger = buffers.NotInteger;
        NotAssessableCode = notAssessableCode;
    }

    public DisclosureReport Current { get; }

    public DisclosureReport? Previous { get; }

    public ReadOnlySpan<decimal?> Values { get; }

    public ReadOnlySpan<SlotState> States { get; }

    /// <summary>The exact value of each slot whose <see cref="NotInteger"/> is 0 (see <see cref="SlotBuffers"/>).</summary>
    public ReadOnlySpan<long> Integers { get; }

    /// <summary>0 for a present, filled count held exactly in <see cref="Integers"/>; 1 otherwise.</summary>
    public ReadOnlySpan<byte> NotInteger { get; }

    /// <summary>Whether any slot is <see cref="SlotState.Missing"/> (a <see langword="null"/> part of a report built in code).</summary>
    public bool AnyMissing => MemoryMarshal.Cast<SlotState, byte>(States).IndexOf((byte)SlotState.Missing) >= 0;

    /// <summary>The code of "not assessable" diagnostics, or <see langword="null"/> when the rule set does not report them.</summary>
    public string? NotAssessableCode { get; }
}

/// <summary>Collects diagnostics; allocates nothing until the first one.</summary>
internal struct DiagnosticBag
{
    private List<Diagnostic>? items;

    public void Add(Diagnostic diagnostic) => (items ??= []).Add(diagnostic);

    public readonly ValidationResult ToResult() =>
        items is null ? ValidationResult.Clean : new ValidationResult(items.ToArray());
}

/// <summary>A rule bound to the slots of a slot space, ready to evaluate.</summary>
internal abstract class CompiledRule
{
    protected CompiledRule(Rule rule) => Rule = rule;

    public Rule Rule { get; }

    public abstract void Evaluate(in RuleInput input, ref DiagnosticBag bag);
}

/// <summary>One check of a sum rule bound to slots, with its formula and related pointers computed once.</summary>
internal sealed class SumCheckPlan
{
    public SumCheckPlan(Slot target, Slot[] add, Slot[] subtract, SumRelation relation)
    {
        Target = target;
        Add = add;
        Subtract = subtract;
        All = [target, .. add, .. subtract];
        TargetIndex = target.Index;
        AddIndices = [.. add.Select(s => s.Index)];
        SubtractIndices = [.. subtract.Select(s => s.Index)];
        Related = Array.AsReadOnly([.. add.Select(s => s.Pointer), .. subtract.Select(s => s.Pointer)]);
        Formula = FormulaText.Build(target, add, subtract, relation);
    }

    public Slot Target { get; }

    public Slot[] Add { get; }

    public Slot[] Subtract { get; }

    /// <summary>The target, then the added, then the subtracted slots.</summary>
    public Slot[] All { get; }

    public int TargetIndex { get; }

    public int[] AddIndices { get; }

    public int[] SubtractIndices { get; }

    /// <summary>The pointers of the added then the subtracted cells (the related pointers of a failure).</summary>
    public IReadOnlyList<string> Related { get; }

    /// <summary>The check's formula in the format's labels, e.g. <c>自然人：四、… = 一、… + 二、… − 三、… / （七）总计</c>.</summary>
    public string Formula { get; }
}

/// <summary>The one generic evaluator of every <see cref="SumRule"/>.</summary>
internal sealed class CompiledSumRule : CompiledRule
{
    private CompiledSumRule(SumRule rule, SumCheckPlan[] checks)
        : base(rule)
    {
        Relation = rule.Relation;
        Checks = checks;
    }

    public SumRelation Relation { get; }

    public SumCheckPlan[] Checks { get; }

    public static CompiledSumRule? Create(SumRule rule, SlotSpace space, bool strict)
    {
        if (rule.Checks is null) throw new ArgumentException($"Sum rule {rule.Code} needs Checks.", "rule");
        if (rule.Relation is < SumRelation.Equal or > SumRelation.AtLeast)
        {
            throw new ArgumentException($"Sum rule {rule.Code} has an unknown relation {(int)rule.Relation}.", "rule");
        }

        var plans = new List<SumCheckPlan>(rule.Checks.Count);
        for (var i = 0; i < rule.Checks.Count; i++)
        {
            var check = rule.Checks[i] ?? throw new ArgumentException($"Sum rule {rule.Code} has a null check at index {i}.", "rule");
            if (check.Add is null || check.Subtract is null)
            {
                throw new ArgumentException($"Check {i} of sum rule {rule.Code} has a null Add or Subtract list.", "rule");
            }

            var target = Resolve(check.Target);
            var add = ResolveAll(check.Add);
            var subtract = ResolveAll(check.Subtract);
            if (target is null || add is null || subtract is null)
            {
                continue;
            }

            if (target.IsPrevious)
            {
                throw new ArgumentException($"Check {i} of sum rule {rule.Code}: the target '{check.Target}' must be a cell of the current report.", "rule");
            }

            plans.Add(new SumCheckPlan(target, add, subtract, rule.Relation));

            Slot[]? ResolveAll(IReadOnlyList<string> pointers)
            {
                var slots = new Slot[pointers.Count];
                for (var k = 0; k < slots.Length; k++)
                {
                    var slot = Resolve(pointers[k]);
                    if (slot is null) return null;
                    slots[k] = slot;
                }

                return slots;
            }

            Slot? Resolve(string pointer)
            {
                var slot = space.Find(pointer);
                if (slot is null && strict)
                {
                    throw new ArgumentException(
                        $"Check {i} of sum rule {rule.Code} names '{pointer}', which is not a value cell of the {space.Current.Edition} layout" +
                        (space.IsPair ? " (prefix cells of the previous report with \"previous#\")." : "."), "rule");
                }

                return slot;
            }
        }

        if (plans.Count == 0 && rule.Checks.Count > 0 && !strict)
        {
            return null;
        }

        return new CompiledSumRule(rule, plans.ToArray());
    }

    /// <summary>Whether the relation holds, given how the target compares with the sum (negative: less).</summary>
    private bool Holds(int comparison) => Relation switch
    {
        SumRelation.AtMost => comparison <= 0,
        SumRelation.AtLeast => comparison >= 0,
        _ => comparison == 0,
    };

    public override void Evaluate(in RuleInput input, ref DiagnosticBag bag)
    {
        var integers = input.Integers;
        var notInteger = input.NotInteger;
        var checks = Checks;
        for (var c = 0; c < checks.Length; c++)
        {
            // The common case: every slot of the check is a filled count, summed exactly in long (a few hundred ints
            // cannot overflow it). Anything else — a blank, an absent or missing part, an amount — takes the decimal path.
            var check = checks[c];
            var target = check.TargetIndex;
            var flags = (int)notInteger[target];
            long sum = 0;
            var add = check.AddIndices;
            for (var k = 0; k < add.Length; k++)
            {
                var index = add[k];
                flags |= notInteger[index];
                sum += integers[index];
            }

            var subtract = check.SubtractIndices;
            for (var k = 0; k < subtract.Length; k++)
            {
                var index = subtract[k];
                flags |= notInteger[index];
                sum -= integers[index];
            }

            if (flags != 0)
            {
                EvaluateDecimal(in input, check, ref bag);
                continue;
            }

            var actual = integers[target];
            if (!Holds(actual.CompareTo(sum)))
            {
                bag.Add(Messages.Failed(Rule, Relation, check, actual, sum));
            }
        }
    }

    /// <summary>Evaluates one check in <see cref="decimal"/>, with blanks, absent parts and overflow.</summary>
    private void EvaluateDecimal(in RuleInput input, SumCheckPlan check, ref DiagnosticBag bag)
    {
        var values = input.Values;
        var states = input.States;
        var all = check.All;
        var blanks = 0;
        for (var k = 0; k < all.Length; k++)
        {
            var index = all[k].Index;
            if (states[index] == SlotState.Absent)
            {
                return;
            }

            if (!values[index].HasValue)
            {
                blanks++;
            }
        }

        if (blanks > 0)
        {
            if (input.NotAssessableCode is { } code)
            {
                bag.Add(Messages.NotAssessable(code, Rule, check, values));
            }

            return;
        }

        decimal sum = 0;
        var overflow = false;
        try
        {
            var add = check.AddIndices;
            for (var k = 0; k < add.Length; k++) sum += values[add[k]].GetValueOrDefault();
            var subtract = check.SubtractIndices;
            for (var k = 0; k < subtract.Length; k++) sum -= values[subtract[k]].GetValueOrDefault();
        }
        catch (OverflowException)
        {
            overflow = true;
        }

        if (overflow)
        {
            if (input.NotAssessableCode is { } code)
            {
                bag.Add(Messages.OutOfRange(code, Rule, check));
            }

            return;
        }

        var actual = values[check.TargetIndex].GetValueOrDefault();
        if (!Holds(actual.CompareTo(sum)))
        {
            bag.Add(Messages.Failed(Rule, Relation, check, actual, sum));
        }
    }
}

/// <summary>Runs a <see cref="CustomRule"/>.</summary>
internal sealed class CompiledCustomRule : CompiledRule
{
    private readonly CustomRule custom;

    public CompiledCustomRule(CustomRule rule)
        : base(rule) => custom = rule;

    public override void Evaluate(in RuleInput input, ref DiagnosticBag bag)
    {
        var diagnostics = custom.Check(input.Current);
        if (diagnostics is null)
        {
            return;
        }

        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic is not null)
            {
                bag.Add(diagnostic);
            }
        }
    }
}

/// <summary>Writes a check's formula in the format's labels, factoring out a shared row or column.</summary>
internal static class FormulaText
{
    public const string Minus = " − ";

    public static string Symbol(SumRelation relation) => relation switch
    {
        SumRelation.AtMost => " ≤ ",
        SumRelation.AtLeast => " ≥ ",
        _ => " = ",
    };

    public static string Build(Slot target, Slot[] add, Slot[] subtract, SumRelation relation)
    {
        Slot[] all = [target, .. add, .. subtract];
        Func<Slot, string> term;
        string prefix;
        if (all.All(s => s.Cell is not null && s.Cell.Table.Key == target.Cell!.Table.Key && s.Cell.Row.Key == target.Cell.Row.Key))
        {
            // One row: 一、本年新收政府信息公开申请数量：总计 = 自然人 + …
            prefix = target.Cell!.Row.LabelPathText + "：";
            term = s => (s.IsPrevious ? Slot.PreviousMark : "") + s.ColumnLabel;
        }
        else if (all.All(s => s.Cell is not null && s.Cell.Table.Key == target.Cell!.Table.Key && s.Cell.Column.Key == target.Cell.Column.Key))
        {
            // One column: 自然人，三、本年度办理结果：（七）总计 = （一）予以公开 + …
            var common = CommonPrefix(all);
            prefix = target.ColumnLabel + (common > 0 ? "，" + string.Join(" / ", target.RowPath.Take(common)) : "") + "：";
            term = s => (s.IsPrevious ? Slot.PreviousMark : "") + string.Join(" / ", s.RowPath.Skip(common));
        }
        else
        {
            prefix = "";
            term = s => s.Label;
        }

        var text = new StringBuilder(prefix).Append(term(target)).Append(Symbol(relation));
        if (add.Length == 0)
        {
            text.Append(subtract.Length == 0 ? "0" : "−" + term(subtract[0]));
        }
        else
        {
            text.Append(string.Join(" + ", add.Select(term)));
        }

        foreach (var slot in add.Length == 0 ? subtract.Skip(1) : subtract)
        {
            text.Append(Minus).Append(term(slot));
        }

        return text.ToString();
    }

    private static int CommonPrefix(Slot[] slots)
    {
        var limit = slots.Min(s => s.RowPath.Count) - 1;
        var length = 0;
        while (length < limit && slots.All(s => string.Equals(s.RowPath[length], slots[0].RowPath[length], StringComparison.Ordinal)))
        {
            length++;
        }

        return length;
    }
}

/// <summary>The bilingual messages of the rules' diagnostics.</summary>
internal static class Messages
{
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static Diagnostic Failed(Rule rule, SumRelation relation, SumCheckPlan check, decimal actual, decimal sum)
    {
        var label = check.Target.Label;
        var (en, zh) = relation switch
        {
            SumRelation.AtMost => ($"is {Number(actual)}, more than {Number(sum)}", $"为{Number(actual)}，大于{Number(sum)}"),
            SumRelation.AtLeast => ($"is {Number(actual)}, less than {Number(sum)}", $"为{Number(actual)}，小于{Number(sum)}"),
            _ => ($"is {Number(actual)}, expected {Number(sum)}", $"为{Number(actual)}，应为{Number(sum)}"),
        };
        return new Diagnostic
        {
            Code = rule.Code,
            Severity = rule.Severity,
            Pointer = check.Target.Pointer,
            RelatedPointers = check.Related,
            Expected = sum,
            Actual = actual,
            Formula = check.Formula,
            Message = check.Formula.Length <= MaxFormulaInMessage ? $"{rule.Title}: {label} {en} ({check.Formula})." : $"{rule.Title}: {label} {en}.",
            MessageZh = check.Formula.Length <= MaxFormulaInMessage ? $"{rule.TitleZh}：{label}{zh}（{check.Formula}）。" : $"{rule.TitleZh}：{label}{zh}。",
        };
    }

    /// <summary>Longer formulas (the 21 outcome rows) stay in <see cref="Diagnostic.Formula"/> only, to keep messages readable.</summary>
    private const int MaxFormulaInMessage = 160;

    public static Diagnostic NotAssessable(string code, Rule rule, SumCheckPlan check, ReadOnlySpan<decimal?> values)
    {
        var blanks = new List<Slot>();
        foreach (var slot in check.All)
        {
            if (!values[slot.Index].HasValue && !blanks.Contains(slot))
            {
                blanks.Add(slot);
            }
        }

        return new Diagnostic
        {
            Code = code,
            Severity = DiagnosticSeverity.Info,
            Pointer = check.Target.Pointer,
            RelatedPointers = Array.AsReadOnly(blanks.Select(s => s.Pointer).ToArray()),
            Formula = check.Formula,
            Message = $"Not assessable ({rule.Code} {rule.Title}): blank cell(s) {string.Join("; ", blanks.Select(s => s.Label))}.",
            MessageZh = $"无法核对（{rule.Code} {rule.TitleZh}）：{string.Join("；", blanks.Select(s => s.Label))}空白。",
        };
    }

    public static Diagnostic OutOfRange(string code, Rule rule, SumCheckPlan check) => new()
    {
        Code = code,
        Severity = DiagnosticSeverity.Info,
        Pointer = check.Target.Pointer,
        RelatedPointers = check.Related,
        Formula = check.Formula,
        Message = $"Not assessable ({rule.Code} {rule.Title}): the sum is out of the range of a decimal number.",
        MessageZh = $"无法核对（{rule.Code} {rule.TitleZh}）：合计超出数值范围。",
    };
}
