using Disclosure.Format.Layout;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Import;

/// <summary>A linear identity over cells: Σ Coefficients[i] × cell[Cells[i]] = 0 (cell indexes of the catalog).</summary>
internal sealed record Identity(int[] Cells, int[] Coefficients, string Kind)
{
    /// <summary>Whether the identity holds; <see langword="null"/> when a cell is blank (not assessable).</summary>
    public bool? Holds(Func<int, decimal?> value)
    {
        decimal sum = 0;
        for (var i = 0; i < Cells.Length; i++)
        {
            if (value(Cells[i]) is not { } v)
            {
                return null;
            }

            sum += Coefficients[i] * v;
        }

        return sum == 0;
    }
}

/// <summary>
/// The arithmetic the format itself states or implies, which the importer uses only to choose among the ways
/// run-together digits can be split. It is taken from the edition's validation rules (every "total = Σ parts"
/// <see cref="SumRule"/> of relation <see cref="SumRelation.Equal"/> over the report's own cells), so that import and
/// validation share one declaration. For an edition without a rule set it is read from the layout catalog's
/// structure (never from a list of labels): a row's <c>总计</c> cell is the sum of the row's other cells; a group's
/// <c>…总计</c> row is the sum of the group's other value rows; and a table whose note says
/// <c>第一项加第二项之和，等于第三项加第四项之和</c> balances its top-level items that way (a group counted by its total
/// row).
/// </summary>
internal static class Arithmetic
{
    private const string Total = "总计";

    public static IReadOnlyList<Identity> For(LayoutCatalog catalog) =>
        RuleSet.TryFor(catalog.Edition) is { } rules ? FromRules(catalog, rules) : FromLayout(catalog);

    /// <summary>The equalities among one report's cells that the rule set declares.</summary>
    internal static IReadOnlyList<Identity> FromRules(LayoutCatalog catalog, RuleSet rules)
    {
        var identities = new List<Identity>();
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

    /// <summary>The same equalities, read from the catalog's structure.</summary>
    internal static IReadOnlyList<Identity> FromLayout(LayoutCatalog catalog)
    {
        var identities = new List<Identity>();
        foreach (var table in catalog.Tables)
        {
            foreach (var row in table.ValueRows)
            {
                var total = row.Cells.FirstOrDefault(c => c.Column.Label == Total);
                if (total is not null && row.Cells.Count >= 3)
                {
                    var parts = row.Cells.Where(c => c != total).ToList();
                    identities.Add(new Identity(
                        [total.Index, .. parts.Select(c => c.Index)],
                        [1, .. parts.Select(_ => -1)],
                        "row"));
                }
            }

            foreach (var group in table.Rows.Where(r => r.Cells.Count == 0))
            {
                var totalRow = TotalRow(group);
                if (totalRow is null)
                {
                    continue;
                }

                var parts = Descendants(group).Where(r => r.Cells.Count == totalRow.Cells.Count && r != totalRow).ToList();
                for (var j = 0; j < totalRow.Cells.Count; j++)
                {
                    identities.Add(new Identity(
                        [totalRow.Cells[j].Index, .. parts.Select(r => r.Cells[j].Index)],
                        [1, .. parts.Select(_ => -1)],
                        "group"));
                }
            }

            if (table.Note is { } note && SourceText.KeyOf(note).Contains(SourceText.KeyOf("第一项加第二项之和等于第三项加第四项之和")))
            {
                var items = table.Rows.Where(r => r.Parent is null).Select(r => r.Cells.Count > 0 ? r : TotalRow(r)).ToList();
                if (items.Count == 4 && items.All(r => r is not null) && items.All(r => r!.Cells.Count == items[0]!.Cells.Count))
                {
                    for (var j = 0; j < items[0]!.Cells.Count; j++)
                    {
                        identities.Add(new Identity(
                            [items[0]!.Cells[j].Index, items[1]!.Cells[j].Index, items[2]!.Cells[j].Index, items[3]!.Cells[j].Index],
                            [1, 1, -1, -1],
                            "balance"));
                    }
                }
            }
        }

        return identities;
    }

    private static RowLayout? TotalRow(RowLayout group) =>
        group.Children.LastOrDefault(c => c.Cells.Count > 0 && SourceText.KeyOf(c.Label).EndsWith(Total, StringComparison.Ordinal));

    private static IEnumerable<RowLayout> Descendants(RowLayout row)
    {
        foreach (var child in row.Children)
        {
            yield return child;
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }
}
