using CsCheck;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Tests.Validation;

/// <summary>
/// Random 2019-edition reports that satisfy every rule, built through <see cref="LayoutCatalog.CreateReport"/>, and an
/// independent restatement of the 2019 rules of format.md §6 (the oracle the validator is compared with).
/// </summary>
public static class ReportGenerator2019
{
    public static readonly LayoutCatalog Catalog = LayoutCatalog.Edition2019;

    private static readonly TableLayout T2 = Catalog.GetTable("T2");
    private static readonly TableLayout T3 = Catalog.GetTable("T3");
    private static readonly TableLayout T4 = Catalog.GetTable("T4");

    private static readonly string[] ApplicantColumns = ReportGenerator.ApplicantColumns;

    /// <summary>The 19 outcome rows (（一） to （六）, （六） being one row), written out independently of the rules.</summary>
    public static readonly string[] OutcomeRows =
    [
        "outcomes.disclosed", "outcomes.partiallyDisclosed",
        "outcomes.withheld.stateSecret", "outcomes.withheld.prohibitedByLaw", "outcomes.withheld.endangersSecurityOrStability",
        "outcomes.withheld.thirdPartyRights", "outcomes.withheld.internalAffairs", "outcomes.withheld.processInformation",
        "outcomes.withheld.enforcementCaseFiles", "outcomes.withheld.administrativeInquiry",
        "outcomes.unavailable.notHeld", "outcomes.unavailable.requiresCreation", "outcomes.unavailable.unclearAfterCorrection",
        "outcomes.notProcessed.complaint", "outcomes.notProcessed.repeated", "outcomes.notProcessed.publicationRequested",
        "outcomes.notProcessed.excessiveRepetition", "outcomes.notProcessed.confirmationRequested",
        "outcomes.otherHandling",
    ];

    public static readonly string[] T3Rows = ["newlyReceived", "carriedOver", .. OutcomeRows, "outcomes.total", "carriedForward"];

    public static readonly string[] PublicationRows = ["rules", "normativeDocuments"];

    public static readonly string[] ItemRows = ["administrativeLicensing", "otherExternalServices", "administrativePenalty", "administrativeCoercion", "administrativeFees"];

    private static CellLayout Cell(TableLayout table, string row, string column) =>
        table.Rows.Single(r => r.Key == row).Cells.Single(c => c.Column.Key == column);

    public static CellLayout T2Cell(string row, string column) => Cell(T2, row, column);

    public static CellLayout T3Cell(string row, string column) => Cell(T3, row, column);

    public static CellLayout T4Cell(string row, string column) => Cell(T4, row, column);

    public sealed record Sample(decimal?[] Cells, ProcessingFees? Fees, int Year)
    {
        public DisclosureReport ToReport() => ToReport(Cells);

        public DisclosureReport ToReport(decimal?[] cells) =>
            Catalog.CreateReport(new ReportMetadata { Agency = "示例市测试局", Year = Year }, cells) with
            {
                OtherMatters = new OtherMatters { Text = "", ProcessingFees = Fees },
            };

        public override string ToString() => $"year {Year}, cells [{string.Join(",", Cells)}], fees {Fees}";
    }

    public static readonly Gen<Sample> Consistent =
        from leaves in Gen.Int[0, 40].Array[OutcomeRows.Length * ApplicantColumns.Length]
        from carry in Gen.Int[0, 25].Array[2 * ApplicantColumns.Length]
        from cases in Gen.Int[0, 20].Array[ReportGenerator.T4Rows.Length * ReportGenerator.CaseParts.Length]
        from publication in Gen.Int[0, 300].Array[6]
        from items in Gen.Int[0, 4000].Array[3 * ItemRows.Length]
        from procurement in Gen.Int[0, 1_000_000_000].Array[2]
        from fees in Gen.Int[0, 20_000].Array[2]
        from feesGiven in Gen.Bool
        from year in Gen.Int[2019, 2020]
        select Build(leaves, carry, cases, publication, items, procurement, fees, feesGiven, year);

    private static Sample Build(int[] leaves, int[] carry, int[] cases, int[] publication, int[] items, int[] procurement,
        int[] fees, bool feesGiven, int year)
    {
        var cells = new decimal?[Catalog.Cells.Count];
        void Set(CellLayout cell, decimal value) => cells[cell.Index] = value;

        for (var j = 0; j < ApplicantColumns.Length; j++)
        {
            var column = ApplicantColumns[j];
            var outcomes = 0;
            for (var i = 0; i < OutcomeRows.Length; i++)
            {
                var v = leaves[i * ApplicantColumns.Length + j];
                Set(T3Cell(OutcomeRows[i], column), v);
                outcomes += v;
            }

            var carriedForward = carry[ApplicantColumns.Length + j];
            var carriedOver = Math.Min(carry[j], outcomes + carriedForward);
            Set(T3Cell("outcomes.total", column), outcomes);
            Set(T3Cell("carriedForward", column), carriedForward);
            Set(T3Cell("carriedOver", column), carriedOver);
            Set(T3Cell("newlyReceived", column), outcomes + carriedForward - carriedOver);
        }

        foreach (var row in T3Rows)
        {
            Set(T3Cell(row, "total"), ApplicantColumns.Sum(c => cells[T3Cell(row, c).Index]!.Value));
        }

        for (var g = 0; g < ReportGenerator.T4Rows.Length; g++)
        {
            decimal total = 0;
            for (var k = 0; k < ReportGenerator.CaseParts.Length; k++)
            {
                var v = cases[g * ReportGenerator.CaseParts.Length + k];
                Set(T4Cell(ReportGenerator.T4Rows[g], ReportGenerator.CaseParts[k]), v);
                total += v;
            }

            Set(T4Cell(ReportGenerator.T4Rows[g], "total"), total);
        }

        for (var s = 0; s < PublicationRows.Length; s++)
        {
            var published = publication[3 * s + 1] / 3;
            Set(T2Cell(PublicationRows[s], "newlyMade"), publication[3 * s] / 3);
            Set(T2Cell(PublicationRows[s], "newlyPublished"), published);
            Set(T2Cell(PublicationRows[s], "totalPublished"), published + publication[3 * s + 2]);
        }

        for (var r = 0; r < ItemRows.Length; r++)
        {
            var previous = items[3 * r] / 10;
            // A change between −previous and +previous: decreases as often as increases, never below zero items.
            var change = previous == 0 ? items[3 * r + 1] % 7 : items[3 * r + 1] % (2 * previous + 1) - previous;
            Set(T2Cell(ItemRows[r], "previousYearItems"), previous);
            Set(T2Cell(ItemRows[r], "change"), change);
            if (ItemRows[r] != "administrativeFees")
            {
                Set(T2Cell(ItemRows[r], "decisions"), items[3 * r + 2]);
            }
        }

        Set(T2Cell("centralizedProcurement", "projects"), procurement[0] % 300);
        Set(T2Cell("centralizedProcurement", "totalAmount"), procurement[1] / 100m);

        ProcessingFees? processingFees = feesGiven
            ? new ProcessingFees { NoticesIssued = fees[0] % 5, AmountNoticed = fees[0], AmountCollected = Math.Min(fees[1], fees[0]) }
            : null;

        Assert.DoesNotContain(null, cells);
        return new Sample(cells, processingFees, year);
    }

    /// <summary>The rules of format.md §6 for the 2019 edition on plain values: (code, pointer) of every failing check.</summary>
    public static HashSet<(string Code, string Pointer)> Violations(decimal?[] cells, ProcessingFees? fees)
    {
        var found = new HashSet<(string, string)>();
        decimal V(CellLayout cell) => cells[cell.Index]!.Value;

        foreach (var c in ReportGenerator.AllColumns)
        {
            var four = T3Cell("carriedForward", c);
            var received = V(T3Cell("newlyReceived", c)) + V(T3Cell("carriedOver", c));
            if (received != V(T3Cell("outcomes.total", c)) + V(four)) found.Add(("DF2001", four.Pointer));
            if (V(T3Cell("outcomes.total", c)) != OutcomeRows.Sum(r => V(T3Cell(r, c)))) found.Add(("DF2002", T3Cell("outcomes.total", c).Pointer));
            if (V(four) > received) found.Add(("DF2004", four.Pointer));
        }

        foreach (var r in T3Rows)
        {
            if (V(T3Cell(r, "total")) != ApplicantColumns.Sum(c => V(T3Cell(r, c)))) found.Add(("DF2003", T3Cell(r, "total").Pointer));
        }

        foreach (var g in ReportGenerator.T4Rows)
        {
            if (V(T4Cell(g, "total")) != ReportGenerator.CaseParts.Sum(k => V(T4Cell(g, k)))) found.Add(("DF2005", T4Cell(g, "total").Pointer));
        }

        foreach (var r in ItemRows)
        {
            if (V(T2Cell(r, "previousYearItems")) + V(T2Cell(r, "change")) < 0) found.Add(("DF2006", T2Cell(r, "change").Pointer));
        }

        foreach (var r in PublicationRows)
        {
            if (V(T2Cell(r, "totalPublished")) < V(T2Cell(r, "newlyPublished"))) found.Add(("DF2008", T2Cell(r, "totalPublished").Pointer));
        }

        if (fees is not null && fees.AmountCollected > fees.AmountNoticed)
        {
            found.Add(("DF2007", "/otherMatters/processingFees/amountCollected"));
        }

        return found;
    }
}
