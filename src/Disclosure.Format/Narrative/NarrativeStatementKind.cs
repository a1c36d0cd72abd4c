namespace Disclosure.Format.Narrative;

/// <summary>The figures of section 一 that <see cref="NarrativeCheck"/> ties to a cell (总计 column).</summary>
public enum NarrativeStatementKind
{
    /// <summary>Applications received (<c>共收到政府信息公开申请75件</c>, <c>受理…申请4条</c>) → 一、本年新收 · 总计.</summary>
    Received,

    /// <summary>Applications carried over (<c>上年结转8件</c>) → 二、上年结转 · 总计.</summary>
    CarriedOver,

    /// <summary>Applications concluded (<c>办结80件</c>) → 三、（七）总计 · 总计.</summary>
    Concluded,

    /// <summary>Granted in full (<c>予以公开28件</c>) → （一）予以公开 · 总计.</summary>
    Disclosed,

    /// <summary>Granted in part (<c>部分公开13件</c>) → （二）部分公开 · 总计.</summary>
    PartiallyDisclosed,

    /// <summary>Carried forward (<c>结转下年度4件</c>) → 四、结转下年度继续办理 · 总计.</summary>
    CarriedForward,

    /// <summary>Administrative reviews (<c>行政复议2件</c>) → 行政复议 · 总计.</summary>
    Review,

    /// <summary>Lawsuits (<c>行政诉讼1起</c>) → 未经复议直接起诉 · 总计 + 复议后起诉 · 总计.</summary>
    Litigation,
}
