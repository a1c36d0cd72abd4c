namespace Disclosure.Format.Validation;

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
