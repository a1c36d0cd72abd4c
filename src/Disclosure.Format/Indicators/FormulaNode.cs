namespace Disclosure.Format.Indicators;

/// <summary>A compiled formula: numbers, cells, + − × ÷ and parentheses, evaluated exactly in <see cref="decimal"/>.</summary>
internal abstract class FormulaNode
{
    public abstract bool UsesPrevious { get; }

    /// <summary>The value, or <see langword="null"/> when it cannot be computed (the context says why).</summary>
    public abstract decimal? Evaluate(FormulaContext context);
}
