using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Validation;

/// <summary>
/// One instance of a <see cref="SumRule"/>: a target cell and the cells whose signed sum it is compared with. Cells
/// are named by their RFC 6901 JSON Pointer (see <see cref="Layout.CellLayout.Pointer"/>); in a cross-year rule, a
/// pointer into the previous report is written with the prefix <see cref="PreviousReportPrefix"/>.
/// </summary>
/// <example>
/// <code>
/// // 总计 of row 一 = its six applicant columns
/// var check = new SumCheck
/// {
///     Target = "/applications/newlyReceived/total",
///     Add = ["/applications/newlyReceived/naturalPerson", "/applications/newlyReceived/commercialEnterprise", /* … */],
/// };
/// </code>
/// </example>
public sealed record SumCheck
{
    /// <summary>
    /// The prefix of a pointer into the previous-year report in a cross-year check (a URI reference whose fragment is the
    /// RFC 6901 pointer): <c>previous#/applications/carriedForward/total</c>. Diagnostics use the same form in
    /// <see cref="Diagnostic.RelatedPointers"/>.
    /// </summary>
    public const string PreviousReportPrefix = "previous#";

    /// <summary>The cell the check is located at (the cell at fault when it fails): a total, or the cell a bound applies to.</summary>
    public required string Target { get; init; }

    /// <summary>Cells added to the sum.</summary>
    public IReadOnlyList<string> Add { get; init; } = [];

    /// <summary>Cells subtracted from the sum.</summary>
    public IReadOnlyList<string> Subtract { get; init; } = [];

    /// <summary>Returns the pointer of <paramref name="pointer"/>'s cell in the previous-year report (<see cref="PreviousReportPrefix"/> + pointer).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="pointer"/> is <see langword="null"/>.</exception>
    public static string InPreviousReport(string pointer) =>
        PreviousReportPrefix + (pointer ?? throw new ArgumentNullException(nameof(pointer)));
}
