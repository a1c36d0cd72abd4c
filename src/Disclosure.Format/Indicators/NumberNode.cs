namespace Disclosure.Format.Indicators;

internal sealed class NumberNode(decimal value) : FormulaNode
{
    public override bool UsesPrevious => false;

    public override decimal? Evaluate(FormulaContext context) => value;
}
