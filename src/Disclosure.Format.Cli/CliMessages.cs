using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;

namespace Disclosure.Format.Cli;

/// <summary>
/// The messages of the diagnostics the tool itself reports (rather than the library), in English and Chinese, in one
/// place: <see cref="LimitCodes.DocumentTooLarge"/> (<c>DF5000</c>) for an input over the tool's limit and
/// <see cref="ImportCodes.NotAReport"/> (<c>DF4000</c>) for a file named on the command line that is not a report, both
/// from <see cref="ReportLoader"/>. The console's own text (summaries, tables, help) is not here.
/// </summary>
internal static class CliMessages
{
    /// <summary><c>DF5000</c>: the input is larger than <paramref name="limit"/> bytes.</summary>
    public static Message InputTooLarge(int limit) => new(
        $"The input is larger than {limit} bytes, the most the tool reads; a report's file is far smaller.",
        $"输入超过工具可读取的上限 {limit} 字节；一份报告的文件远小于此。");

    /// <summary><c>DF4000</c>: a file named on the command line shows no evidence of a report.</summary>
    public static Message NotAReport { get; } = new(
        "This is not a report: it has no title line of a 政府信息公开工作年度报告 and no table of the format with at least half its cells filled; what the importer read from it is not used.",
        "该文件不是年度报告：没有“政府信息公开工作年度报告”标题行，也没有填写了至少一半单元格的格式表格；导入器从中读出的内容不予采用。");
}
