namespace Disclosure.Format.Validation;

/// <summary>
/// The stable diagnostic codes of the validation rules: <c>DF1000</c>–<c>DF1999</c> for the rules of one report in the
/// 2021 edition, <c>DF3000</c>–<c>DF3099</c> for the checks between a report and the same agency's previous-year
/// report (of either edition). The rules of the 2019 trial edition have their own codes, <c>DF2000</c>–<c>DF2999</c>, in
/// <see cref="RuleCodes2019"/>. Codes are append-only: a code is never reused for another meaning. The rule catalog
/// (<see cref="RuleCatalog"/>, <c>schema/rules-2021.json</c>, <c>schema/rules-cross-year.json</c>) lists every rule
/// with its cells.
/// </summary>
public static class RuleCodes
{
    /// <summary>
    /// <c>DF1000</c> (info): a check of a 2021-edition rule could not be assessed because a cell it needs is blank (or its
    /// sum is out of range). The diagnostic's pointer is the check's target cell, its related pointers are the blank
    /// cells; it is neither a pass nor a failure.
    /// </summary>
    public const string NotAssessable = "DF1000";

    /// <summary>
    /// <c>DF1001</c> (error): the column balance printed in the applications table does not hold for a column:
    /// 一、本年新收 + 二、上年结转 = 三、本年度办理结果（七）总计 + 四、结转下年度继续办理. Located at 四 of that column.
    /// </summary>
    public const string ApplicationsColumnBalance = "DF1001";

    /// <summary>
    /// <c>DF1002</c> (error): （七）总计 of a column is not the sum of the 21 outcome rows （一） to （六）.
    /// Located at （七）总计 of that column.
    /// </summary>
    public const string ApplicationsOutcomeTotal = "DF1002";

    /// <summary>
    /// <c>DF1003</c> (error): the 总计 of a row of the applications table is not the sum of its six applicant columns.
    /// Located at the row's 总计 cell.
    /// </summary>
    public const string ApplicationsRowTotal = "DF1003";

    /// <summary>
    /// <c>DF1004</c> (error): more applications are carried forward (四) than were received and carried over (一 + 二) in a
    /// column. Located at 四 of that column.
    /// </summary>
    public const string ApplicationsCarryForwardBound = "DF1004";

    /// <summary>
    /// <c>DF1005</c> (error): the 总计 of a group of the review and litigation table (行政复议, 未经复议直接起诉, 复议后起诉) is
    /// not 结果维持 + 结果纠正 + 其他结果 + 尚未审结. Located at the group's 总计 cell.
    /// </summary>
    public const string ReviewLitigationTotal = "DF1005";

    /// <summary>
    /// <c>DF1006</c> (warning): for 规章 or 行政规范性文件, 现行有效件数 + 本年废止件数 − 本年制发件数 is negative, so the
    /// stock at the start of the year would have been negative. Located at 现行有效件数.
    /// </summary>
    public const string DocumentStockNegativeOpening = "DF1006";

    /// <summary>
    /// <c>DF1007</c> (warning): the information-processing fees actually collected (实际收取的总金额) exceed the amount of
    /// the fee notices (发出收费通知的总金额). Located at <c>/otherMatters/processingFees/amountCollected</c>.
    /// </summary>
    public const string FeesCollectedExceedNoticed = "DF1007";

    /// <summary>
    /// <c>DF1008</c> (warning): fewer fee notices (发出收费通知的件数) are reported than applications closed because the fee
    /// was not paid (（六）其他处理 2. · 总计). Located at <c>/otherMatters/processingFees/noticesIssued</c>.
    /// </summary>
    public const string FeeNoticesFewerThanUnpaid = "DF1008";

    /// <summary><c>DF1009</c> (error): a count that is negative or not a whole number (possible only in a report built in code).</summary>
    public const string InvalidCount = "DF1009";

    /// <summary><c>DF1010</c> (error): a negative amount of money (possible only in a report built in code).</summary>
    public const string NegativeAmount = "DF1010";

    /// <summary>
    /// <c>DF1011</c> (info): a blank table cell. A blank is not 0: every check that needs the cell is reported as not
    /// assessable (<see cref="NotAssessable"/>). A blank total beside filled parts is <see cref="BlankTotal"/> instead.
    /// </summary>
    public const string BlankCell = "DF1011";

    /// <summary>
    /// <c>DF1012</c> (warning): a blank 总计 (a row total, a group total of the review and litigation table, or a cell of
    /// （七）总计) while at least one of the cells it totals is filled.
    /// </summary>
    public const string BlankTotal = "DF1012";

    /// <summary><c>DF1013</c> (warning): the report year is before the first year the edition was used for (2021 for the 2021 edition).</summary>
    public const string YearBeforeEdition = "DF1013";

    /// <summary><c>DF1014</c> (warning): the report year is implausible: before 2008 or after the current year + 1.</summary>
    public const string ImplausibleYear = "DF1014";

    /// <summary>
    /// <c>DF1015</c> (error): a part the format requires is <see langword="null"/> (a table row, the metadata, section 六);
    /// possible only in a report built in code. Its cells are treated as blank.
    /// </summary>
    public const string MissingPart = "DF1015";

    /// <summary>
    /// <c>DF1016</c> (warning): a figure that section 一、总体情况 states in words (<c>共收到政府信息公开申请75件</c>,
    /// <c>行政复议2件</c>, …) differs from the cell it names. Reported by <see cref="Narrative.NarrativeCheck"/> (not part of
    /// <see cref="RuleSet.Edition2021"/>), located at the cell, with the words' line and column and the section's pointer;
    /// catalog <c>schema/rules-narrative.json</c>.
    /// </summary>
    public const string NarrativeMismatch = "DF1016";

    /// <summary><c>DF3000</c> (info): a cross-year check could not be assessed because a cell it needs is blank in either report.</summary>
    public const string CrossYearNotAssessable = "DF3000";

    /// <summary>
    /// <c>DF3001</c> (warning): 二、上年结转政府信息公开申请数量 of a column does not equal the previous report's
    /// 四、结转下年度继续办理 of the same column. Located at 二 of the current report.
    /// </summary>
    public const string CarryOverMismatch = "DF3001";

    /// <summary>
    /// <c>DF3002</c> (warning): for 规章 or 行政规范性文件, 现行有效件数 is not the previous report's 现行有效件数 +
    /// 本年制发件数 − 本年废止件数. Located at 现行有效件数 of the current report.
    /// </summary>
    public const string DocumentStockRollForward = "DF3002";

    /// <summary><c>DF3003</c> (warning): the previous report was published by another agency (机关名称 differs).</summary>
    public const string AgencyDiffers = "DF3003";

    /// <summary><c>DF3004</c> (warning): the previous report's year is not the current report's year − 1.</summary>
    public const string YearNotConsecutive = "DF3004";

    /// <summary>
    /// <c>DF3005</c> (warning): in two consecutive reports on the 2019 trial tables, 上一年项目数量 of 行政许可,
    /// 其他对外管理服务事项, 行政处罚, 行政强制 or 行政事业性收费 is not the previous report's 上一年项目数量 + 本年增/减.
    /// Located at 上一年项目数量 of the current report.
    /// </summary>
    public const string ItemCountRollForward = "DF3005";
}
