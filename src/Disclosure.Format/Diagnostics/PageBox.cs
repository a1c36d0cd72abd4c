using System.Globalization;

namespace Disclosure.Format.Diagnostics;

/// <summary>
/// A rectangle on a page of a paged source (PDF), in points (1/72 inch) from the page's top-left corner: where a cell,
/// a word or a diagnostic sits on the page as it is displayed. <see cref="X"/> grows to the right and <see cref="Y"/>
/// grows downwards.
/// </summary>
/// <example>
/// <code>
/// if (cell.Location is { Page: { } page, Box: { } box })
///     Console.WriteLine($"page {page}: {box.X:F0},{box.Y:F0} {box.Width:F0}×{box.Height:F0} pt");
/// </code>
/// </example>
public sealed record PageBox
{
    /// <summary>Creates a box.</summary>
    /// <param name="x">The left edge, in points from the page's left edge.</param>
    /// <param name="y">The top edge, in points from the page's top edge.</param>
    /// <param name="width">The width in points (0 or more).</param>
    /// <param name="height">The height in points (0 or more).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or a size is negative.</exception>
    public PageBox(double x, double y, double width, double height)
    {
        if (double.IsNaN(x) || double.IsInfinity(x)) throw new ArgumentOutOfRangeException(nameof(x), x, "A box's edge must be a finite number.");
        if (double.IsNaN(y) || double.IsInfinity(y)) throw new ArgumentOutOfRangeException(nameof(y), y, "A box's edge must be a finite number.");
        if (!(width >= 0) || double.IsInfinity(width)) throw new ArgumentOutOfRangeException(nameof(width), width, "A box's width is a finite number, 0 or more.");
        if (!(height >= 0) || double.IsInfinity(height)) throw new ArgumentOutOfRangeException(nameof(height), height, "A box's height is a finite number, 0 or more.");
        X = x;
        Y = y;
        Width = width;
        Height = height;
    }

    /// <summary>The left edge, in points from the page's left edge.</summary>
    public double X { get; }

    /// <summary>The top edge, in points from the page's top edge (growing downwards).</summary>
    public double Y { get; }

    /// <summary>The width, in points.</summary>
    public double Width { get; }

    /// <summary>The height, in points.</summary>
    public double Height { get; }

    /// <summary>Writes the box as <c>x,y w×h pt</c> with one decimal, e.g. <c>77.0,380.4 232.9×22.8 pt</c>.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0:0.0},{1:0.0} {2:0.0}×{3:0.0} pt", X, Y, Width, Height);
}
