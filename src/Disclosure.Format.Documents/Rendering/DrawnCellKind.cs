namespace Disclosure.Format.Documents.Rendering;

/// <summary>What a drawn cell is.</summary>
internal enum DrawnCellKind
{
    /// <summary>A column header (<c>自然人</c>, <c>申请人情况</c>, <c>行政复议</c>).</summary>
    ColumnHeader,

    /// <summary>A row label (<c>三、本年度办理结果</c>, <c>1.属于国家秘密</c>).</summary>
    RowHeader,

    /// <summary>A caption line over a block of the Article-20 table (<c>第二十条第（一）项</c>).</summary>
    Caption,

    /// <summary>The note in the top-left corner of the applications table.</summary>
    Note,

    /// <summary>A value cell.</summary>
    Value,
}
