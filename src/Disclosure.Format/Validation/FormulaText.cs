using System.Runtime.InteropServices;
using System.Text;

namespace Disclosure.Format.Validation;

/// <summary>Writes a check's formula in the format's labels, factoring out a shared row or column.</summary>
internal static class FormulaText
{
    public const string Minus = " − ";

    public static string Symbol(SumRelation relation) => relation switch
    {
        SumRelation.AtMost => " ≤ ",
        SumRelation.AtLeast => " ≥ ",
        _ => " = ",
    };

    public static string Build(Slot target, Slot[] add, Slot[] subtract, SumRelation relation)
    {
        Slot[] all = [target, .. add, .. subtract];
        Func<Slot, string> term;
        string prefix;
        if (all.All(s => s.Cell is not null && s.Cell.Table.Key == target.Cell!.Table.Key && s.Cell.Row.Key == target.Cell.Row.Key))
        {
            // One row: 一、本年新收政府信息公开申请数量：总计 = 自然人 + …
            prefix = target.Cell!.Row.LabelPathText + "：";
            term = s => (s.IsPrevious ? Slot.PreviousMark : "") + s.ColumnLabel;
        }
        else if (all.All(s => s.Cell is not null && s.Cell.Table.Key == target.Cell!.Table.Key && s.Cell.Column.Key == target.Cell.Column.Key))
        {
            // One column: 自然人，三、本年度办理结果：（七）总计 = （一）予以公开 + …
            var common = CommonPrefix(all);
            prefix = target.ColumnLabel + (common > 0 ? "，" + string.Join(" / ", target.RowPath.Take(common)) : "") + "：";
            term = s => (s.IsPrevious ? Slot.PreviousMark : "") + string.Join(" / ", s.RowPath.Skip(common));
        }
        else
        {
            prefix = "";
            term = s => s.Label;
        }

        var text = new StringBuilder(prefix).Append(term(target)).Append(Symbol(relation));
        if (add.Length == 0)
        {
            text.Append(subtract.Length == 0 ? "0" : "−" + term(subtract[0]));
        }
        else
        {
            text.Append(string.Join(" + ", add.Select(term)));
        }

        foreach (var slot in add.Length == 0 ? subtract.Skip(1) : subtract)
        {
            text.Append(Minus).Append(term(slot));
        }

        return text.ToString();
    }

    private static int CommonPrefix(Slot[] slots)
    {
        var limit = slots.Min(s => s.RowPath.Count) - 1;
        var length = 0;
        while (length < limit && slots.All(s => string.Equals(s.RowPath[length], slots[0].RowPath[length], StringComparison.Ordinal)))
        {
            length++;
        }

        return length;
    }
}
