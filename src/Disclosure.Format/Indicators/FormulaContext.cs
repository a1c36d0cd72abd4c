using Disclosure.Format.Model;

namespace Disclosure.Format.Indicators;

/// <summary>What one evaluation of a formula needs and collects.</summary>
internal sealed class FormulaContext
{
    public FormulaContext(DisclosureReport report, DisclosureReport? previous, BlankTreatment blanks, ZeroDenominatorTreatment zero)
    {
        Report = report;
        Previous = previous;
        Blanks = blanks;
        Zero = zero;
    }

    public DisclosureReport Report { get; }

    public DisclosureReport? Previous { get; }

    public BlankTreatment Blanks { get; }

    public ZeroDenominatorTreatment Zero { get; }

    public List<string>? BlankPointers { get; set; }

    public bool MissingPrevious { get; set; }

    public bool MissingCell { get; set; }

    public bool ZeroDenominator { get; set; }

    public bool Overflow { get; set; }
}
