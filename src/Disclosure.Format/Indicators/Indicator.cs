using Disclosure.Format.Layout;

namespace Disclosure.Format.Indicators;

/// <summary>
/// One indicator of an <see cref="IndicatorCatalog"/>: a code, a bilingual name, a formula over catalog cells per
/// edition, and its treatment of blank cells and zero denominators.
/// </summary>
public sealed class Indicator
{
    private readonly Dictionary<ReportEdition, FormulaNode> compiled;

    internal Indicator(string code, string nameZh, string name, string? descriptionZh, string? description, IndicatorUnit unit,
        IReadOnlyDictionary<ReportEdition, string> formulas, Dictionary<ReportEdition, FormulaNode> compiled,
        BlankTreatment blanks, ZeroDenominatorTreatment zeroDenominator)
    {
        Code = code;
        NameZh = nameZh;
        Name = name;
        DescriptionZh = descriptionZh;
        Description = description;
        Unit = unit;
        Formulas = formulas;
        this.compiled = compiled;
        Blanks = blanks;
        ZeroDenominator = zeroDenominator;
        foreach (var node in compiled.Values)
        {
            if (node.UsesPrevious) RequiresPreviousReport = true;
        }
    }

    /// <summary>The stable code, e.g. <c>DFI003</c>.</summary>
    public string Code { get; }

    /// <summary>The name in Chinese, e.g. <c>实质公开率</c>.</summary>
    public string NameZh { get; }

    /// <summary>The name in English.</summary>
    public string Name { get; }

    /// <summary>More about the indicator in Chinese; optional.</summary>
    public string? DescriptionZh { get; }

    /// <summary>More about the indicator in English; optional.</summary>
    public string? Description { get; }

    /// <summary>A count or a ratio.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>The formula of each edition, in the catalog's formula language (see <see cref="IndicatorCatalog"/>).</summary>
    public IReadOnlyDictionary<ReportEdition, string> Formulas { get; }

    /// <summary>How a blank cell named by the formula is treated.</summary>
    public BlankTreatment Blanks { get; }

    /// <summary>How a zero denominator is treated.</summary>
    public ZeroDenominatorTreatment ZeroDenominator { get; }

    /// <summary><see langword="true"/> when a formula names a cell of the previous year's report (<c>previous#/…</c>).</summary>
    public bool RequiresPreviousReport { get; }

    internal FormulaNode? CompiledFor(ReportEdition edition) => compiled.TryGetValue(edition, out var node) ? node : null;

    /// <inheritdoc />
    public override string ToString() => $"{Code} {NameZh} ({Name})";
}
