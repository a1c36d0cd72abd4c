namespace Disclosure.Format.Indicators;

internal sealed class BinaryNode(char op, FormulaNode left, FormulaNode right) : FormulaNode
{
    public override bool UsesPrevious => left.UsesPrevious || right.UsesPrevious;

    public override decimal? Evaluate(FormulaContext context)
    {
        // Both sides are always evaluated, so that every blank cell is listed.
        var a = left.Evaluate(context);
        var b = right.Evaluate(context);
        if (a is not { } x || b is not { } y)
        {
            return null;
        }

        try
        {
            switch (op)
            {
                case '+': return x + y;
                case '-': return x - y;
                case '*': return x * y;
                default:
                    if (y == 0)
                    {
                        if (context.Zero == ZeroDenominatorTreatment.Zero) return 0m;
                        context.ZeroDenominator = true;
                        return null;
                    }

                    return x / y;
            }
        }
        catch (OverflowException)
        {
            context.Overflow = true;
            return null;
        }
    }
}
