using Disclosure.Format.Diagnostics;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Narrative;

/// <summary>
/// The bilingual texts of the narrative check, in English and Chinese, in one place: the message of
/// <see cref="RuleCodes.NarrativeMismatch"/> (<c>DF1016</c>) and <see cref="RuleCodes2019.NarrativeMismatch"/>
/// (<c>DF2016</c>), and the title and description the rule catalog gives the check.
/// </summary>
internal static class NarrativeMessages
{
    /// <summary>The check's title in the rule catalog.</summary>
    public static Message RuleTitle { get; } = new("A figure stated in section 一 differs from the table", "总体情况所述数字与表格不一致");

    /// <summary>The check's description in the rule catalog.</summary>
    public static Message RuleDescription { get; } = new(
        "Each statement below (a regular expression whose first group is the figure) is searched in the texts of section 一 and compared with the cells it names (总计 column; 行政诉讼 is the sum of two cells); a difference is a warning pointing at the cell and at the words. Words that name no cell with certainty, and figures whose cell is blank, are skipped. Scopes may differ, so this is a warning.",
        "在“一、总体情况”的文字中查找下列表述（正则表达式，第一个捕获组为数字），与所指单元格（总计列；行政诉讼为两项之和）比较；不一致时给出警告，指向单元格和文字位置。无法确定对应单元格的表述、对应单元格为空的表述均跳过。统计口径可能不同，故为警告。");

    /// <summary><c>DF1016</c>/<c>DF2016</c>: the figure a statement gives differs from the cells it names.</summary>
    /// <param name="statement">The statement, located in its source or in the text of its section.</param>
    /// <param name="figure">The figure stated (invariant).</param>
    /// <param name="value">The figure of the cells (invariant).</param>
    /// <param name="labels">The labels of the cells, joined with " + ".</param>
    public static Message Mismatch(NarrativeStatement statement, string figure, string value, string labels)
    {
        var where = statement.LocatedInSource ? statement.Location.ToString() : $"{statement.SectionPointer}, line {statement.Location.Line}, column {statement.Location.Column} of that text";
        var whereZh = statement.LocatedInSource ? statement.Location.ToString() : $"{statement.SectionPointer} 第{statement.Location.Line}行第{statement.Location.Column}列";
        return new(
            $"Section 一 states {figure} ('{statement.Text}', {where}), but the table has {value} at {labels}.",
            $"总体情况中“{statement.Text}”（{whereZh}）所述数字为{figure}，表格中{labels}为{value}，二者不一致。");
    }
}
