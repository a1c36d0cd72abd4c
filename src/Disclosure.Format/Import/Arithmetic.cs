using Disclosure.Format.Layout;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Import;

/// <summary>
/// The arithmetic the format itself states or implies, which the importer uses only to choose among the ways
/// run-together digits can be split: every "total = Σ parts" <see cref="SumRule"/> of relation
/// <see cref="SumRelation.Equal"/> over the report's own cells in the edition's validation rule set (row totals, the
/// column balance, the outcome total, the review and litigation totals). Import and validation so share one
/// declaration. An edition without a rule set gets no arithmetic: its run-together rows stay ambiguous wherever the
/// digits allow more than one split.
/// </summary>
internal static class Arithmetic
{
    public static IReadOnlyList<Identity> For(LayoutCatalog catalog)
    {
        var identities = new List<Identity>();
        if (RuleSet.TryFor(catalog.Edition) is not { } rules)
        {
            return identities;
        }

        foreach (var rule in rules.Rules.OfType<SumRule>().Where(r => r.Relation == SumRelation.Equal))
        {
            foreach (var check in rule.Checks)
            {
                var pointers = new[] { check.Target }.Concat(check.Add).Concat(check.Subtract).ToList();
                var cells = pointers.Select(catalog.FindCell).ToList();
                if (cells.Any(c => c is null))
                {
                    continue; // not a table cell of this report (a fee figure, the previous year's report)
                }

                identities.Add(new Identity(
                    cells.Select(c => c!.Index).ToArray(),
                    [1, .. check.Add.Select(_ => -1), .. check.Subtract.Select(_ => 1)],
                    rule.Code));
            }
        }

        return identities;
    }
}
