namespace Disclosure.Format.Validation;

/// <summary>How the target cell of a <see cref="SumCheck"/> relates to the signed sum of its other cells.</summary>
public enum SumRelation
{
    /// <summary>The target equals the sum (<c>总计 = Σ parts</c>).</summary>
    Equal,

    /// <summary>The target is at most the sum (<c>四 ≤ 一 + 二</c>).</summary>
    AtMost,

    /// <summary>The target is at least the sum (<c>现行有效件数 ≥ 本年制发件数 − 本年废止件数</c>).</summary>
    AtLeast,
}
