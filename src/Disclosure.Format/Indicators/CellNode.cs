using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Indicators;

internal sealed class CellNode : FormulaNode
{
    private readonly CellLayout?[] byEdition;
    private readonly CellLayout? own;
    private readonly string text;

    public CellNode(string pointer, bool previous, CellLayout? own)
    {
        Pointer = pointer;
        IsPrevious = previous;
        this.own = own;
        text = previous ? Validation.SumCheck.InPreviousReport(pointer) : pointer;
        byEdition = [LayoutCatalog.Edition2019.FindCell(pointer), LayoutCatalog.Edition2021.FindCell(pointer)];
    }

    public string Pointer { get; }

    public bool IsPrevious { get; }

    public override bool UsesPrevious => IsPrevious;

    public override decimal? Evaluate(FormulaContext context)
    {
        CellLayout? cell;
        DisclosureReport report;
        if (IsPrevious)
        {
            if (context.Previous is not { } previous)
            {
                context.MissingPrevious = true;
                return null;
            }

            report = previous;
            cell = previous.Edition switch
            {
                ReportEdition.Edition2019 => byEdition[0],
                ReportEdition.Edition2021 => byEdition[1],
                _ => null,
            };
        }
        else
        {
            report = context.Report;
            cell = own;
        }

        if (cell is null)
        {
            context.MissingCell = true;
            return null;
        }

        if (cell.GetValue(report) is { } value)
        {
            return value;
        }

        (context.BlankPointers ??= []).Add(text);
        return context.Blanks == BlankTreatment.Zero ? 0m : null;
    }
}
