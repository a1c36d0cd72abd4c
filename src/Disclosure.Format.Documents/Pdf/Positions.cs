namespace Disclosure.Format.Documents.Pdf;

/// <summary>Small searches over positions on a page (rule edges, column centres), shared by the ruled and unruled table finders.</summary>
internal static class Positions
{
    /// <summary>
    /// The index of the position nearest to <paramref name="position"/> and at most <paramref name="tolerance"/> from
    /// it (the first of equals), or -1 when none is that close.
    /// </summary>
    public static int Nearest(List<double> positions, double position, double tolerance) =>
#if NET
        Nearest(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(positions), position, tolerance);
#else
        Nearest(positions.ToArray(), position, tolerance);
#endif

    /// <inheritdoc cref="Nearest(List{double}, double, double)"/>
    public static int Nearest(ReadOnlySpan<double> positions, double position, double tolerance)
    {
        var best = -1;
        var distance = tolerance;
        for (var i = 0; i < positions.Length; i++)
        {
            var d = Math.Abs(positions[i] - position);
            if (d <= distance)
            {
                distance = d;
                best = i;
            }
        }

        return best;
    }
}
