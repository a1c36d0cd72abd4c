namespace Disclosure.Format.Indicators;

/// <summary>
/// An indicator catalog (<see cref="IndicatorCatalog.Load"/>) that cannot be read: not the expected JSON
/// (<see cref="Comparison.ComparisonCodes.IndicatorCatalogInvalid"/>), a formula that does not parse
/// (<see cref="Comparison.ComparisonCodes.IndicatorFormulaSyntax"/>) or names no cell of its edition
/// (<see cref="Comparison.ComparisonCodes.IndicatorUnknownCell"/>).
/// </summary>
public sealed class IndicatorCatalogException : FormatException
{
    internal IndicatorCatalogException(string code, string pointer, int? position, string message)
        : base($"{code} at {(pointer.Length == 0 ? "/" : pointer)}{(position is { } p ? $", character {p + 1}" : "")}: {message}")
    {
        Code = code;
        Pointer = pointer;
        Position = position;
    }

    /// <summary>The stable code of the problem, e.g. <c>DF7031</c>.</summary>
    public string Code { get; }

    /// <summary>The JSON Pointer of the member at fault in the catalog, e.g. <c>/indicators/2/formulas/2021</c>.</summary>
    public string Pointer { get; }

    /// <summary>The 0-based character position in the formula, for a formula error; otherwise <see langword="null"/>.</summary>
    public int? Position { get; }
}
