namespace Disclosure.Format.Indicators;

internal sealed class NegateNode(FormulaNode operand) : FormulaNode
{
    public override bool UsesPrevious => operand.UsesPrevious;

    public override decimal? Evaluate(FormulaContext context) => -operand.Evaluate(context);
}
