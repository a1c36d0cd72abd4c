namespace Disclosure.Format.Comparison;

/// <summary>
/// The stable diagnostic codes of comparisons, roll-ups and hierarchy checks: <c>DF7000</c>–<c>DF7099</c>. Codes are
/// append-only and never reused for another meaning.
/// </summary>
public static class ComparisonCodes
{
    /// <summary>
    /// <c>DF7001</c> (warning): the two reports of a <see cref="ReportComparison"/> name different agencies (机关名称);
    /// the comparison is made anyway.
    /// </summary>
    public const string AgencyDiffers = "DF7001";

    /// <summary>
    /// <c>DF7002</c> (warning): the current report of a <see cref="ReportComparison"/> is not of a later year than the
    /// previous one; the comparison is made anyway.
    /// </summary>
    public const string YearNotLater = "DF7002";

    /// <summary><c>DF7010</c> (error): a roll-up was asked of no report at all.</summary>
    public const string RollUpEmpty = "DF7010";

    /// <summary>
    /// <c>DF7011</c> (error): the reports of a roll-up are of different editions (a 2019-edition and a 2021-edition
    /// report cannot be summed cell by cell). Located at <c>/edition</c> of the first report that differs.
    /// </summary>
    public const string RollUpMixedEditions = "DF7011";

    /// <summary>
    /// <c>DF7012</c> (error): the reports of a roll-up are of different years. Located at <c>/metadata/year</c> of the
    /// first report that differs.
    /// </summary>
    public const string RollUpMixedYears = "DF7012";

    /// <summary>
    /// <c>DF7013</c> (error): a summed count exceeds the largest count a report can hold (2 147 483 647), or a summed
    /// amount exceeds the range of <see cref="decimal"/>; the cell of the roll-up is left blank.
    /// </summary>
    public const string RollUpSumOutOfRange = "DF7013";

    /// <summary>
    /// <c>DF7014</c> (info): a summed cell of a roll-up is blank because a part's cell is blank (and blanks are not
    /// treated as 0). The related pointers name the blank parts' cells.
    /// </summary>
    public const string RollUpBlankPart = "DF7014";

    /// <summary>
    /// <c>DF7020</c> (warning): a cell of the parent's published report differs from the sum of its children's reports.
    /// Located at the parent's cell; the published value is kept (never overwritten), the sum is the expected value.
    /// </summary>
    public const string HierarchyMismatch = "DF7020";

    /// <summary>
    /// <c>DF7021</c> (info): a cell of the hierarchy check could not be assessed: the parent's cell or the sum of the
    /// children's cells is blank.
    /// </summary>
    public const string HierarchyNotAssessable = "DF7021";

    /// <summary><c>DF7022</c> (warning): a child the caller expected has no report among the children.</summary>
    public const string HierarchyMissingChild = "DF7022";

    /// <summary><c>DF7023</c> (info): a child report is not one of the children the caller expected (it is still summed).</summary>
    public const string HierarchyUnexpectedChild = "DF7023";

    /// <summary>
    /// <c>DF7024</c> (error): the parent's report is of another edition or year than its children's; nothing is
    /// compared.
    /// </summary>
    public const string HierarchyParentMismatch = "DF7024";

    /// <summary>
    /// <c>DF7030</c>: an indicator catalog that is not the expected JSON (<see cref="Indicators.IndicatorCatalog.Load"/>
    /// throws <see cref="Indicators.IndicatorCatalogException"/> with this code and the JSON Pointer of the member).
    /// </summary>
    public const string IndicatorCatalogInvalid = "DF7030";

    /// <summary><c>DF7031</c>: an indicator formula that does not parse (with the character position).</summary>
    public const string IndicatorFormulaSyntax = "DF7031";

    /// <summary><c>DF7032</c>: an indicator formula names a pointer that is no cell of its edition's layout catalog.</summary>
    public const string IndicatorUnknownCell = "DF7032";
}
