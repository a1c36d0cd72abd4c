using System.Globalization;
using Disclosure.Format.Comparison;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Indicators;

/// <summary>
/// Parses the indicator formula language: <c>expr := term (('+' | '-') term)*</c>, <c>term := factor (('*' | '/')
/// factor)*</c>, <c>factor := number | '{' pointer '}' | '{previous#' pointer '}' | '(' expr ')' | '-' factor</c>; numbers
/// are invariant decimals (<c>100</c>, <c>0.5</c>); white space is free.
/// </summary>
internal sealed class FormulaParser
{
    private readonly string text;
    private readonly string where;
    private readonly LayoutCatalog catalog;
    private int pos;

    private FormulaParser(string text, string where, LayoutCatalog catalog)
    {
        this.text = text;
        this.where = where;
        this.catalog = catalog;
    }

    public static FormulaNode Parse(string text, ReportEdition edition, string where)
    {
        var parser = new FormulaParser(text, where, LayoutCatalog.For(edition));
        var node = parser.Expression();
        parser.SkipSpace();
        if (parser.pos < text.Length)
        {
            throw parser.Error($"unexpected '{text[parser.pos]}' after the end of the expression.");
        }

        return node;
    }

    private FormulaNode Expression()
    {
        var node = Term();
        while (true)
        {
            SkipSpace();
            if (pos < text.Length && text[pos] is '+' or '-')
            {
                var op = text[pos++];
                node = new BinaryNode(op, node, Term());
            }
            else
            {
                return node;
            }
        }
    }

    private FormulaNode Term()
    {
        var node = Factor();
        while (true)
        {
            SkipSpace();
            if (pos < text.Length && text[pos] is '*' or '/')
            {
                var op = text[pos++];
                node = new BinaryNode(op, node, Factor());
            }
            else
            {
                return node;
            }
        }
    }

    /// <summary>The deepest nesting of parentheses and unary minus a formula may have (deeper input is an error, not a stack overflow).</summary>
    public const int MaxDepth = 64;

    private int depth;

    private FormulaNode Factor()
    {
        if (++depth > MaxDepth)
        {
            throw Error($"the formula nests deeper than {MaxDepth} levels.");
        }

        try
        {
            return ParseFactor();
        }
        finally
        {
            depth--;
        }
    }

    private FormulaNode ParseFactor()
    {
        SkipSpace();
        if (pos >= text.Length)
        {
            throw Error("the formula ends where a number, a cell or '(' was expected.");
        }

        var ch = text[pos];
        if (ch == '(')
        {
            pos++;
            var inner = Expression();
            SkipSpace();
            if (pos >= text.Length || text[pos] != ')')
            {
                throw Error("')' expected.");
            }

            pos++;
            return inner;
        }

        if (ch == '-')
        {
            pos++;
            return new NegateNode(Factor());
        }

        if (ch == '{')
        {
            var start = pos;
            var end = text.IndexOf('}', pos);
            if (end < 0)
            {
                throw Error("'}' expected after the cell's pointer.");
            }

            var reference = text.Substring(pos + 1, end - pos - 1).Trim();
            var previous = reference.StartsWith(Validation.SumCheck.PreviousReportPrefix, StringComparison.Ordinal);
            var pointer = previous ? reference.Substring(Validation.SumCheck.PreviousReportPrefix.Length) : reference;
            var own = catalog.FindCell(pointer);
            if (own is null)
            {
                pos = start;
                throw new IndicatorCatalogException(ComparisonCodes.IndicatorUnknownCell, where, start,
                    $"'{pointer}' is no cell of the {(int)catalog.Edition} edition's layout catalog.");
            }

            pos = end + 1;
            return new CellNode(pointer, previous, previous ? null : own);
        }

        if (ch is >= '0' and <= '9')
        {
            var start = pos;
            while (pos < text.Length && (text[pos] is >= '0' and <= '9' || text[pos] == '.')) pos++;
            if (!decimal.TryParse(text.Substring(start, pos - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                pos = start;
                throw Error("not a number.");
            }

            return new NumberNode(number);
        }

        throw Error($"a number, a cell '{{/…}}' or '(' expected, found '{ch}'.");
    }

    private void SkipSpace()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
    }

    private IndicatorCatalogException Error(string message) =>
        new(ComparisonCodes.IndicatorFormulaSyntax, where, pos, message);
}
