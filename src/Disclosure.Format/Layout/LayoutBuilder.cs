using Disclosure.Format.Model;

namespace Disclosure.Format.Layout;

/// <summary>
/// Builds the tables, rows, columns and cells of one edition's catalog (internal declaration helper). A row is declared
/// by its key, labels and columns; its pointer is the table's pointer and the key's dotted path, and each cell's value
/// is read by the accessor the row-walker generator wrote from the edition's record (<see cref="EditionRecordAttribute"/>).
/// </summary>
internal sealed class LayoutBuilder
{
    private readonly Func<string, Func<DisclosureReport, decimal?>?> cellAccessor;
    private readonly HashSet<string> objectPointers;
    private readonly List<string> cellPointers = [];

    /// <param name="cellAccessor">The generated accessor of a cell by pointer (<see langword="null"/> when the record has no such cell).</param>
    /// <param name="objectPointers">The generated pointers of the record's tables, groups and rows.</param>
    public LayoutBuilder(Func<string, Func<DisclosureReport, decimal?>?> cellAccessor, IEnumerable<string> objectPointers)
    {
        this.cellAccessor = cellAccessor;
        this.objectPointers = new HashSet<string>(objectPointers, StringComparer.Ordinal);
    }

    public TableDraft Table(string key, string label, string englishName, string pointer, string? note = null,
        IReadOnlyList<ColumnLayout>? columns = null) =>
        new(this, new List<RowLayout>(), key, label, englishName, pointer, note, columns ?? []);

    /// <summary>
    /// Checks that the declaration holds every cell of the record, in the record's order (the order the generated
    /// table readers assemble a report in); throws naming the first difference otherwise.
    /// </summary>
    public void EnsureMatches(IReadOnlyList<string> recordCells, string recordName)
    {
        for (var i = 0; i < Math.Max(recordCells.Count, cellPointers.Count); i++)
        {
            var declared = i < cellPointers.Count ? cellPointers[i] : null;
            var record = i < recordCells.Count ? recordCells[i] : null;
            if (!string.Equals(declared, record, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"The declaration and {recordName} disagree at cell {i}: declared {declared ?? "(none)"}, the record has {record ?? "(none)"}.");
            }
        }
    }

    private CellLayout Cell(TableLayout table, RowLayout row, ColumnLayout column)
    {
        var pointer = row.Pointer + "/" + column.Key;
        var get = cellAccessor(pointer)
            ?? throw new InvalidOperationException($"The declared cell {pointer} is not a cell of the edition's record.");
        cellPointers.Add(pointer);
        return new CellLayout(cellPointers.Count - 1, table, row, column, pointer, get);
    }

    internal sealed class TableDraft
    {
        private readonly LayoutBuilder owner;
        private readonly List<RowLayout> rows;

        public TableDraft(LayoutBuilder owner, List<RowLayout> rows, string key, string label, string englishName,
            string pointer, string? note, IReadOnlyList<ColumnLayout> columns)
        {
            this.owner = owner;
            this.rows = rows;
            Layout = new TableLayout(key, label, englishName, pointer, note, rows, columns);
        }

        public TableLayout Layout { get; }

        /// <summary>
        /// A label-only group row (no value cells of its own). Its pointer is that of the record's object at its key's
        /// path, or <see langword="null"/> when the group is the format's heading only (第二十条第（一）项, 行政诉讼).
        /// </summary>
        public RowLayout Group(string key, string label, string englishName, RowLayout? parent = null,
            IReadOnlyList<ColumnLayout>? columns = null, string? headerLabel = null)
        {
            var pointer = PointerOf(key);
            var row = new RowLayout(key, label, englishName, owner.objectPointers.Contains(pointer) ? pointer : null, parent,
                columns ?? [], headerLabel);
            rows.Add(row);
            return row;
        }

        /// <summary>A value row at the record's object of its key's path; one cell per column.</summary>
        public RowLayout Row(string key, string label, string englishName, RowLayout? parent, IReadOnlyList<ColumnLayout> columns)
        {
            var row = new RowLayout(key, label, englishName, PointerOf(key), parent, columns, null);
            rows.Add(row);
            var cells = new CellLayout[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                cells[i] = owner.Cell(Layout, row, columns[i]);
            }

            row.SetCells(cells);
            return row;
        }

        /// <summary>The table's pointer followed by the key's dotted path (<c>outcomes.withheld</c> → <c>/applications/outcomes/withheld</c>).</summary>
        private string PointerOf(string key) => Layout.Pointer + "/" + key.Replace('.', '/');
    }
}
