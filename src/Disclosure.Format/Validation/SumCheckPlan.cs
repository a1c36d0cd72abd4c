using System.Runtime.InteropServices;

namespace Disclosure.Format.Validation;

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
