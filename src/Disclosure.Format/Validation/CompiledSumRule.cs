using System.Runtime.InteropServices;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Validation;

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
                bag.Add(Failed(Rule, Relation, check, actual, sum));
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
                bag.Add(NotAssessable(code, Rule, check, values));
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
                bag.Add(OutOfRange(code, Rule, check));
            }

            return;
        }

        var actual = values[check.TargetIndex].GetValueOrDefault();
        if (!Holds(actual.CompareTo(sum)))
        {
            bag.Add(Failed(Rule, Relation, check, actual, sum));
        }
    }

    private static Diagnostic Failed(Rule rule, SumRelation relation, SumCheckPlan check, decimal actual, decimal sum)
    {
        var message = ValidationMessages.SumFailed(rule, relation, check, actual, sum);
        return new Diagnostic
        {
            Code = rule.Code,
            Severity = rule.Severity,
            Pointer = check.Target.Pointer,
            RelatedPointers = check.Related,
            Expected = sum,
            Actual = actual,
            Formula = check.Formula,
            Message = message.En,
            MessageZh = message.Zh,
        };
    }

    private static Diagnostic NotAssessable(string code, Rule rule, SumCheckPlan check, ReadOnlySpan<decimal?> values)
    {
        var blanks = new List<Slot>();
        foreach (var slot in check.All)
        {
            if (!values[slot.Index].HasValue && !blanks.Contains(slot))
            {
                blanks.Add(slot);
            }
        }

        var message = ValidationMessages.NotAssessable(rule, blanks);
        return new Diagnostic
        {
            Code = code,
            Severity = DiagnosticSeverity.Info,
            Pointer = check.Target.Pointer,
            RelatedPointers = Array.AsReadOnly(blanks.Select(s => s.Pointer).ToArray()),
            Formula = check.Formula,
            Message = message.En,
            MessageZh = message.Zh,
        };
    }

    private static Diagnostic OutOfRange(string code, Rule rule, SumCheckPlan check)
    {
        var message = ValidationMessages.SumOutOfRange(rule);
        return new Diagnostic
        {
            Code = code,
            Severity = DiagnosticSeverity.Info,
            Pointer = check.Target.Pointer,
            RelatedPointers = check.Related,
            Formula = check.Formula,
            Message = message.En,
            MessageZh = message.Zh,
        };
    }
}
