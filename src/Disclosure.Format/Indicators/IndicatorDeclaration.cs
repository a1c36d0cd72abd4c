namespace Disclosure.Format.Indicators;

/// <summary>An indicator as declared, before its formulas are compiled.</summary>
internal sealed record IndicatorDeclaration(string Code, string NameZh, string Name, IndicatorUnit Unit,
    IReadOnlyDictionary<ReportEdition, string> Formulas, string? DescriptionZh, string? Description,
    BlankTreatment Blanks = BlankTreatment.NotComputable, ZeroDenominatorTreatment ZeroDenominator = ZeroDenominatorTreatment.NotComputable);
