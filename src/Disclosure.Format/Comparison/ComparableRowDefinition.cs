using Disclosure.Format.Layout;

namespace Disclosure.Format.Comparison;

/// <summary>One row of the common grid and, per edition, the cells it is read from.</summary>
internal sealed class ComparableRowDefinition(string tableKey, string tableLabel, string key, string pointer,
    IReadOnlyList<string> labelPath, IReadOnlyList<ColumnLayout> columns)
{
    private readonly Dictionary<ReportEdition, RowSources> sources = [];

    public string TableKey { get; } = tableKey;

    public string TableLabel { get; } = tableLabel;

    public string Key { get; } = key;

    public string Pointer { get; } = pointer;

    public IReadOnlyList<string> LabelPath { get; } = labelPath;

    public IReadOnlyList<ColumnLayout> Columns { get; } = columns;

    /// <summary>The pointer of each cell on the common grid, in column order.</summary>
    public IReadOnlyList<string> CellPointers { get; } = [.. columns.Select(c => pointer + "/" + c.Key)];

    public void AddSources(ReportEdition edition, RowSources rowSources) => sources.Add(edition, rowSources);

    public RowSources SourcesFor(ReportEdition edition) =>
        sources.TryGetValue(edition, out var s)
            ? s
            : throw new ArgumentOutOfRangeException(nameof(edition), edition, "This edition has no comparable figures in this version of Disclosure.Format.");
}
