namespace Disclosure.Format.Aggregation;

/// <summary>
/// How a cell is summed in a roll-up (<see cref="ReportRollUp"/>). Every cell of the format's tables is additive over
/// agencies; the treatment says what the sum means, so that a reader of the roll-up is not misled.
/// </summary>
public enum RollUpTreatment
{
    /// <summary>
    /// A count of events of the year (applications, outcomes, decisions, cases, documents issued or repealed, procurement
    /// projects): the region's count is the sum of its parts' counts.
    /// </summary>
    Sum,

    /// <summary>
    /// A count of a stock at a moment (2021 <c>现行有效件数</c>; 2019 <c>对外公开总数量</c> and <c>上一年项目数量</c>): summed
    /// like the others, but a document or item that several parts count (a jointly issued normative document, a
    /// licensing item shared by two bodies) is counted once per part, so the sum is an upper bound of the region's stock.
    /// </summary>
    StockSum,

    /// <summary>The 2019 edition's signed <c>本年增/减</c>: summed with its sign (a decrease is negative), giving the net change.</summary>
    SignedSum,

    /// <summary>
    /// An amount of money, summed in the unit the model keeps the column in (万元 for 2021 <c>本年收费金额</c>, 元 for 2019
    /// <c>采购总金额</c>, see <c>Procurement.TotalAmount</c>): every part is already in that unit, so the sum is exact.
    /// The printed text of an amount (<c>Procurement.TotalAmountText</c>) is not carried into the roll-up.
    /// </summary>
    AmountSum,
}
