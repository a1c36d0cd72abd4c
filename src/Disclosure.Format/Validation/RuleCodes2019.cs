namespace Disclosure.Format.Validation;

/// <summary>
/// The stable diagnostic codes of the rules of one report in the 2019 trial edition (国办公开办函〔2019〕60号):
/// <c>DF2000</c>–<c>DF2999</c>. Where a rule has a counterpart in the 2021 edition (<see cref="RuleCodes"/>) it has the
/// same last three digits (<c>DF2001</c> ↔ <c>DF1001</c>, …); <c>DF2006</c> and <c>DF2008</c> are this edition's own
/// checks of the Article-20 table. Codes are append-only. The rule catalog lists every rule
/// with its cells: <c>schema/rules-2019.json</c> (<see cref="RuleCatalog.GetJson"/>). The checks between two years,
/// including across the edition change, are in <see cref="RuleCodes"/> (<c>DF3000</c>–<c>DF3099</c>).
/// </summary>
public static class RuleCodes2019
{
    /// <summary>
    /// <c>DF2000</c> (info): a check of a 2019-edition rule could not be assessed because a cell it needs is blank (or its
    /// sum is out of range). The pointer is the check's target cell, the related pointers are the blank cells; it is
    /// neither a pass nor a failure.
    /// </summary>
    public const string NotAssessable = "DF2000";

    /// <summary>
    /// <c>DF2001</c> (error): the column balance printed in the applications table does not hold for a column:
    /// 一、本年新收 + 二、上年结转 = 三、本年度办理结果（七）总计 + 四、结转下年度继续办理. Located at 四 of that column.
    /// </summary>
    public const string ApplicationsColumnBalance = "DF2001";

    /// <summary>
    /// <c>DF2002</c> (error): （七）总计 of a column is not the sum of the 19 outcome rows （一） to （六）, where
    /// <c>（六）其他处理</c> is one row in this edition. Located at （七）总计 of that column.
    /// </summary>
    public const string ApplicationsOutcomeTotal = "DF2002";

    /// <summary>
    /// <c>DF2003</c> (error): the 总计 of a row of the applications table is not the sum of its six applicant columns.
    /// Located at the row's 总计 cell.
    /// </summary>
    public const string ApplicationsRowTotal = "DF2003";

    /// <summary>
    /// <c>DF2004</c> (error): more applications are carried forward (四) than were received and carried over (一 + 二) in a
    /// column. Located at 四 of that column.
    /// </summary>
    public const string ApplicationsCarryForwardBound = "DF2004";

    /// <summary>
    /// <c>DF2005</c> (error): the 总计 of a group of the review and litigation table (行政复议, 未经复议直接起诉, 复议后起诉) is
    /// not 结果维持 + 结果纠正 + 其他结果 + 尚未审结. Located at the group's 总计 cell.
    /// </summary>
    public const string ReviewLitigationTotal = "DF2005";

    /// <summary>
    /// <c>DF2006</c> (error): for 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制 or 行政事业性收费, 上一年项目数量 + 本年增/减
    /// is negative: the number of items at the end of the year cannot be negative. Located at 本年增/减.
    /// </summary>
    public const string ItemCountNegative = "DF2006";

    /// <summary>
    /// <c>DF2007</c> (warning): the information-processing fees actually collected (实际收取的总金额) exceed the amount of
    /// the fee notices (发出收费通知的总金额). Located at <c>/otherMatters/processingFees/amountCollected</c>.
    /// </summary>
    public const string FeesCollectedExceedNoticed = "DF2007";

    /// <summary>
    /// <c>DF2008</c> (warning): for 规章 or 规范性文件, 对外公开总数量 is less than 本年新公开数量. Located at 对外公开总数量.
    /// </summary>
    public const string PublishedTotalBelowNewlyPublished = "DF2008";

    /// <summary><c>DF2009</c> (error): a count that is negative or not a whole number (possible only in a report built in code).</summary>
    public const string InvalidCount = "DF2009";

    /// <summary><c>DF2010</c> (error): a negative amount of money, such as 采购总金额 (possible only in a report built in code).</summary>
    public const string NegativeAmount = "DF2010";

    /// <summary>
    /// <c>DF2011</c> (info): a blank table cell. A blank is not 0: every check that needs the cell is reported as not
    /// assessable (<see cref="NotAssessable"/>). A blank total beside filled parts is <see cref="BlankTotal"/> instead.
    /// </summary>
    public const string BlankCell = "DF2011";

    /// <summary>
    /// <c>DF2012</c> (warning): a blank 总计 (a row total, a group total of the review and litigation table, or a cell of
    /// （七）总计) while at least one of the cells it totals is filled.
    /// </summary>
    public const string BlankTotal = "DF2012";

    /// <summary>
    /// <c>DF2013</c> (warning): the report year is outside 2019–2020, the years the trial edition was issued for (a report
    /// for 2022 printed on the 2019 tables, for example).
    /// </summary>
    public const string YearOutsideEdition = "DF2013";

    /// <summary><c>DF2014</c> (warning): the report year is implausible: before 2008 or after the current year + 1.</summary>
    public const string ImplausibleYear = "DF2014";

    /// <summary>
    /// <c>DF2015</c> (error): a part the format requires is <see langword="null"/> (a table row, the metadata, section 六);
    /// possible only in a report built in code. Its cells are treated as blank.
    /// </summary>
    public const string MissingPart = "DF2015";

    /// <summary>
    /// <c>DF2016</c> (warning): a figure that section 一、总体情况 states in words differs from the cell it names, in a
    /// report of the 2019 edition. Reported by <see cref="Narrative.NarrativeCheck"/> (not part of
    /// <see cref="RuleSet.Edition2019"/>); see <see cref="RuleCodes.NarrativeMismatch"/>.
    /// </summary>
    public const string NarrativeMismatch = "DF2016";
}
