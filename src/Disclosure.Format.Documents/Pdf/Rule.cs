namespace Disclosure.Format.Documents.Pdf;

/// <summary>An axis-aligned ruling segment: at <see cref="Position"/> (y of a horizontal rule, x of a vertical one) from <see cref="Start"/> to <see cref="End"/>.</summary>
internal readonly record struct Rule(double Position, double Start, double End);
