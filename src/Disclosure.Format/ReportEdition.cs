namespace Disclosure.Format;

/// <summary>
/// The edition of the national annual-report format a report follows. In JSON it is written as the string
/// <c>"2019"</c> or <c>"2021"</c> and is the first property of every document.
/// </summary>
/// <remarks>
/// The edition is decided by the layout of the report's tables, never by the report year alone: some reports for
/// 2022 were still printed on the 2019 trial tables.
/// </remarks>
public enum ReportEdition
{
    /// <summary>
    /// The trial format 《中华人民共和国政府信息公开工作年度报告格式（试行）》 of 国办公开办函〔2019〕60号, used for the
    /// 2019 and 2020 reports. JSON: <c>"2019"</c>.
    /// </summary>
    Edition2019 = 2019,

    /// <summary>
    /// The format 《中华人民共和国政府信息公开工作年度报告格式》 of 国办公开办函〔2021〕30号, in force from the 2021 reports.
    /// JSON: <c>"2021"</c>.
    /// </summary>
    Edition2021 = 2021,
}
