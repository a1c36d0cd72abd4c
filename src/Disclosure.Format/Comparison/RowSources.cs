using Disclosure.Format.Layout;

namespace Disclosure.Format.Comparison;

/// <summary>How one comparable row is obtained from one edition.</summary>
internal sealed record RowSources(IReadOnlyList<string> RowPointers, IReadOnlyList<IReadOnlyList<CellLayout>> SourceCells,
    IReadOnlyList<IReadOnlyList<string>> SourcePointers);
