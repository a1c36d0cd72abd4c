using CsCheck;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Tests.Validation;

/// <summary>
/// Random 2021-edition reports that satisfy every rule, built through <see cref="LayoutCatalog.CreateReport"/> from
/// generated cell values, and an independent restatement of the rules (the oracle the validator is compared with).
/// </summary>
public static class ReportGenerator
{
    public static readonly LayoutCatalog Catalog = LayoutCatalog.Edition2021;

    private static readonly TableLayout T2 = Catalog.GetTable("T2");
    private static readonly TableLayout T3 = Catalog.GetTable("T3");
    private static readonly TableLayout T4 = Catalog.GetTable("T4");

    public static readonly string[] ApplicantColumns =
        ["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceProvider", "other"];

    public static readonly string[] AllColumns = [.. ApplicantColumns, "total"];

    /// <summary>The 21 outcome rows (（一） to （六）3.), written out here independently of the rule declarations.</summary>
    public static readonly string[] OutcomeRows =
    [
        "outcomes.disclosed", "outcomes.partiallyDisclosed",
        "outcomes.withheld.stateSecret", "outcomes.withheld.prohibitedByLaw", "outcomes.withheld.endangersSecurityOrStability",
        "outcomes.withheld.thirdPartyRights", "outcomes.withheld.internalAffairs", "outcomes.withheld.processInformation",
        "outcomes.withheld.enforcementCaseFiles", "outcomes.withheld.administrativeInquiry",
        "outcomes.unavailable.notHeld", "outcomes.unavailable.requiresCreation", "outcomes.unavailable.unclearAfterCorrection",
        "outcomes.notProcessed.complaint", "outcomes.notProcessed.repeated", "outcomes.notProcessed.publicationRequested",
        "outcomes.notProcessed.excessiveRepetition", "outcomes.notProcessed.confirmationRequested",
        "outcomes.otherHandling.notCorrectedInTime", "outcomes.otherHandling.feeNotPaid", "outcomes.otherHandling.other",
    ];

    public static readonly string[] T3Rows = ["newlyReceived", "carriedOver", .. OutcomeRows, "outcomes.total", "carriedForward"];

    public static readonly string[] T4Rows = ["administrativeReview", "litigationWithoutReview", "litigationAfterReview"];

    public static readonly string[] CaseParts = ["upheld", "corrected", "other", "pending"];

    public static CellLayout Cell(TableLayout table, string row, string column) =>
        table.Rows.Single(r => r.Key == row).Cells.Single(c => c.Column.Key == column);

    public static CellLayout T3Cell(string row, string column) => Cell(T3, row, column);

    public static CellLayout T4Cell(string row, string column) => Cell(T4, row, column);

    public static CellLayout T2Cell(string row, string column) => Cell(T2, row, column);

    /// <summary>One generated report: its cell values (catalog order) and its section-六 fee figures.</summary>
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
        from cases in Gen.Int[0, 20].Array[T4Rows.Length * CaseParts.Length]
        from stock in Gen.Int[0, 120].Array[6]
        from decisions in Gen.Int[0, 5000].Array[3]
        from feeCents in Gen.Int[0, 100_000_000]
        from fees in Gen.Int[0, 20_000].Array[3]
        from feesGiven in Gen.Bool
        from year in Gen.Int[Math.Max(2021, DateTime.UtcNow.Year - 4), DateTime.UtcNow.Year]
        select Build(leaves, carry, cases, stock, decisions, feeCents, fees, feesGiven, year);

    private static Sample Build(int[] leaves, int[] carry, int[] cases, int[] stock, int[] decisions, int feeCents, int[] fees,
        bool feesGiven, int year)
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

        for (var g = 0; g < T4Rows.Length; g++)
        {
            decimal total = 0;
            for (var k = 0; k < CaseParts.Length; k++)
            {
                var v = cases[g * CaseParts.Length + k];
                Set(T4Cell(T4Rows[g], CaseParts[k]), v);
                total += v;
            }

            Set(T4Cell(T4Rows[g], "total"), total);
        }

        string[] stockRows = ["rules", "normativeDocuments"];
        for (var s = 0; s < 2; s++)
        {
            int inForce = stock[3 * s], repealed = stock[3 * s + 1] / 4;
            Set(T2Cell(stockRows[s], "inForce"), inForce);
            Set(T2Cell(stockRows[s], "repealed"), repealed);
            Set(T2Cell(stockRows[s], "issued"), Math.Min(stock[3 * s + 2] / 2, inForce + repealed));
        }

        Set(T2Cell("administrativeLicensing", "decisions"), decisions[0]);
        Set(T2Cell("administrativePenalty", "decisions"), decisions[1]);
        Set(T2Cell("administrativeCoercion", "decisions"), decisions[2]);
        Set(T2Cell("administrativeFees", "amount"), feeCents / 100m);

        ProcessingFees? processingFees = null;
        if (feesGiven)
        {
            var unpaid = (int)cells[T3Cell("outcomes.otherHandling.feeNotPaid", "total").Index]!.Value;
            processingFees = new ProcessingFees
            {
                NoticesIssued = unpaid + fees[0] % 4,
                AmountNoticed = fees[1],
                AmountCollected = Math.Min(fees[2], fees[1]),
            };
        }

        Assert.DoesNotContain(null, cells);
        return new Sample(cells, processingFees, year);
    }

    /// <summary>
    /// The rules of format.md §6 restated on plain values: the (code, pointer) of every failing check. Written apart
    /// from the rule declarations so that the validator is compared with an independent reading of the format.
    /// </summary>
    public static HashSet<(string Code, string Pointer)> Violations(decimal?[] cells, ProcessingFees? fees)
    {
        var found = new HashSet<(string, string)>();
        decimal V(CellLayout cell) => cells[cell.Index]!.Value;

        foreach (var c in AllColumns)
        {
            var four = T3Cell("carriedForward", c);
            var received = V(T3Cell("newlyReceived", c)) + V(T3Cell("carriedOver", c));
            if (received != V(T3Cell("outcomes.total", c)) + V(four)) found.Add(("DF1001", four.Pointer));
            if (V(T3Cell("outcomes.total", c)) != OutcomeRows.Sum(r => V(T3Cell(r, c)))) found.Add(("DF1002", T3Cell("outcomes.total", c).Pointer));
            if (V(four) > received) found.Add(("DF1004", four.Pointer));
        }

        foreach (var r in T3Rows)
        {
            if (V(T3Cell(r, "total")) != ApplicantColumns.Sum(c => V(T3Cell(r, c)))) found.Add(("DF1003", T3Cell(r, "total").Pointer));
        }

        foreach (var g in T4Rows)
        {
            if (V(T4Cell(g, "total")) != CaseParts.Sum(k => V(T4Cell(g, k)))) found.Add(("DF1005", T4Cell(g, "total").Pointer));
        }

        foreach (var s in new[] { "rules", "normativeDocuments" })
        {
            if (V(T2Cell(s, "inForce")) + V(T2Cell(s, "repealed")) - V(T2Cell(s, "issued")) < 0) found.Add(("DF1006", T2Cell(s, "inForce").Pointer));
        }

        if (fees is not null)
        {
            if (fees.AmountCollected > fees.AmountNoticed) found.Add(("DF1007", "/otherMatters/processingFees/amountCollected"));
            if (fees.NoticesIssued < V(T3Cell("outcomes.otherHandling.feeNotPaid", "total"))) found.Add(("DF1008", "/otherMatters/processingFees/noticesIssued"));
        }

        return found;
    }
}
