using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

/// <summary>
/// What the importer derives from an edition's catalog once and reuses for every text: the anchors, the format's
/// sums, and lookups over them. Everything here depends only on the catalog, never on a text.
/// </summary>
internal sealed class EditionPlan
{
    private HashSet<string>? otherEditionsValueRows;

    public EditionPlan(LayoutCatalog catalog, IReadOnlyList<Anchor> anchors, IReadOnlyList<Identity> identities)
    {
        Catalog = catalog;
        Anchors = anchors;
        Identities = identities;

        var byCell = new List<int>[catalog.Cells.Count];
        for (var i = 0; i < identities.Count; i++)
        {
            foreach (var cell in identities[i].Cells)
            {
                if (cell < 0 || cell >= byCell.Length)
                {
                    continue;
                }

                var list = byCell[cell] ??= [];
                if (list.Count == 0 || list[list.Count - 1] != i)
                {
                    list.Add(i);
                }
            }
        }

        IdentitiesByCell = byCell.Select(l => l?.ToArray() ?? []).ToArray();
    }

    public LayoutCatalog Catalog { get; }

    public IReadOnlyList<Anchor> Anchors { get; }

    public IReadOnlyList<Identity> Identities { get; }

    /// <summary>Per catalog cell index, the indexes (ascending) of the identities that involve the cell.</summary>
    public int[][] IdentitiesByCell { get; }

    /// <summary>The label keys of value rows in the other editions' layouts.</summary>
    public ISet<string> OtherEditionsValueRows => otherEditionsValueRows ??= ReportTextImporter.OtherEditionsValueRows(Catalog.Edition);
}
