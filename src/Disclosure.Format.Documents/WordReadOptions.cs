namespace Disclosure.Format.Documents;

/// <summary>
/// How <see cref="WordReportReader"/> reads a Word file: the name it reports locations under and the limits that
/// protect a service reading files from strangers. The defaults are far above any real report (a report is well under
/// 1 MiB of XML) and far below what would hurt a server.
/// </summary>
public sealed record WordReadOptions
{
    /// <summary>The default options.</summary>
    public static WordReadOptions Default { get; } = new();

    /// <summary>The file or source name used in locations and messages; <see langword="null"/> when none.</summary>
    public string? SourceName { get; init; }

    /// <summary>The largest file accepted, in bytes (default 64 MiB). Past it: <see cref="DocumentCodes.DocumentTooLarge"/>.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// The largest uncompressed size of one XML part of the package, in bytes (default 32 MiB). Past it:
    /// <see cref="WordCodes.PackageTooLarge"/>.
    /// </summary>
    public long MaxPartBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// The largest uncompressed size of all the package's parts together, in bytes (default 128 MiB; images and other
    /// parts that are never inflated count by their declared size). Past it: <see cref="WordCodes.PackageTooLarge"/>.
    /// </summary>
    public long MaxUncompressedBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>The largest number of entries in the package (default 10 000). Past it: <see cref="WordCodes.PackageTooLarge"/>.</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>The deepest XML nesting accepted in a part (default 256 elements). Past it: <see cref="DocumentCodes.NestingTooDeep"/>.</summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>
    /// How deep tables may be nested inside table cells (default 8: a table in a cell of a table is at depth 2). Deeper
    /// tables are left out with <see cref="WordCodes.TablesTooDeep"/>.
    /// </summary>
    public int MaxTableNesting { get; init; } = 8;

    /// <summary>
    /// The most table cells read from one document (default 200 000); the grids of all its tables together hold at
    /// most four times as many slots (a merged cell counts every slot it covers). Past either: <see cref="WordCodes.TooManyCells"/>.
    /// </summary>
    public int MaxCells { get; init; } = 200_000;

    /// <summary>
    /// The most grid columns of one table (default 1 000; Word itself allows 63). A cell reaching past it is clamped
    /// (<see cref="DocumentCodes.SpanClamped"/>); cells starting past it are left out.
    /// </summary>
    public int MaxColumns { get; init; } = 1_000;
}
