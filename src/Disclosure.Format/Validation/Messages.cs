using System.Globalization;
using System.Runtime.InteropServices;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Validation;

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
