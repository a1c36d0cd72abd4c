namespace Disclosure.Format.Documents.Pdf;

/// <summary>One character of a page, in points from the page's top-left corner (<see cref="Y0"/> its top, <see cref="Y1"/> its bottom).</summary>
internal readonly record struct Glyph(string Text, double X0, double Y0, double X1, double Y1)
{
    public double Height => Y1 - Y0;

    public double CenterX => (X0 + X1) / 2;

    public double CenterY => (Y0 + Y1) / 2;
}
