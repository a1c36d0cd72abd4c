using System.Globalization;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

// TableReader, phase 4: the readings kept for a unit written into the cells, their provenance and the diagnostics about them.
internal sealed partial class TableReader
{
    /// <summary>
    /// Writes the readings kept for a unit into its cells: a value where they agree, blank (with the candidates) where
    /// they differ, blank for all when none is kept; then says what was read.
    /// </summary>
    private void Commit(Unit unit, List<Reading> kept, bool capped, bool arithmeticBroken)
    {
        var quote = new UnitQuote(text, unit.Material);
        if (kept.Count == 0)
        {
            foreach (var cell in unit.Cells)
            {
                values[cell.Index] = null;
                provenance[cell.Index] = new ImportedCell
                {
                    Cell = cell, Value = null, Raw = quote.Raw, Location = quote.Location,
                    Kind = unit.Outcome == SplitOutcome.Read ? CellReadingKind.Missing : CellReadingKind.Unreadable,
                };
            }

            return;
        }

        var ambiguousCells = CommitCells(unit, kept, quote);
        ReportMissingValues(unit, kept, ambiguousCells, quote);
        if (unit.Detached is { } run)
        {
            ReportDetached(unit, run, kept, ambiguousCells, quote);
            return;
        }

        ReportSplit(unit, kept, ambiguousCells, capped, arithmeticBroken, quote);
    }

    /// <summary>Writes each cell of a unit from the kept readings and returns the cells they leave undecided (blank).</summary>
    private List<CellLayout> CommitCells(Unit unit, List<Reading> kept, UnitQuote quote)
    {
        var ambiguousCells = new List<CellLayout>();
        for (var i = 0; i < unit.Cells.Count; i++)
        {
            var cell = unit.Cells[i];
            var distinct = kept.Count == 1 ? null : DistinctValues(kept, i);
            if (distinct is null || distinct.Count == 1)
            {
                var reading = kept[0];
                var (start, end) = reading.Spans[i];
                var value = distinct is null ? reading.Values[i] : distinct[0];
                values[cell.Index] = value;
                provenance[cell.Index] = new ImportedCell
                {
                    Cell = cell,
                    Value = value,
                    Raw = text.OriginalOf(start, end),
                    Location = text.LocateNorm(start),
                    Kind = reading.Kinds[i],
                };

                if (reading.Kinds[i] == CellReadingKind.NoneMarker)
                {
                    sink.Add(ImportCodes.NoneMarkerAsZero, DiagnosticSeverity.Info, cell.Pointer, text.LocateNorm(start),
                        $"'{text.OriginalOf(start, end)}' was read as 0.", $"“{text.OriginalOf(start, end)}”按 0 读取。");
                }

                if (reading.Units[i] is ("元" or "万元") && cell.ValueKind == CellValueKind.Amount && reading.Units[i] != (LayoutShape.AmountUnit(cell.Column) == 1m ? "元" : "万元"))
                {
                    sink.Add(ImportCodes.UnitConverted, DiagnosticSeverity.Info, cell.Pointer, text.LocateNorm(start),
                        $"'{text.OriginalOf(start, end)}' was converted to {value?.ToString(CultureInfo.InvariantCulture)} in the unit of '{cell.Column.Label}'.",
                        $"“{text.OriginalOf(start, end)}”已换算为“{cell.Column.Label}”的单位：{value?.ToString(CultureInfo.InvariantCulture)}。");
                }
            }
            else
            {
                ambiguousCells.Add(cell);
                values[cell.Index] = null;
                provenance[cell.Index] = new ImportedCell
                {
                    Cell = cell,
                    Value = null,
                    Raw = quote.Raw,
                    Location = quote.Location,
                    Kind = CellReadingKind.Ambiguous,
                    Candidates = distinct,
                };
            }
        }

        return ambiguousCells;
    }

    /// <summary>The diagnostic about the cells of a row (not detached) for which no value is written.</summary>
    private void ReportMissingValues(Unit unit, List<Reading> kept, List<CellLayout> ambiguousCells, UnitQuote quote)
    {
        var count = 0;
        foreach (var kind in kept[0].Kinds)
        {
            if (kind == CellReadingKind.Missing) count++;
        }

        if (count > 0 && unit.Detached is null)
        {
            var missing = MissingCells(unit.Cells, kept[0], ambiguousCells);
            sink.Add(ImportCodes.MissingValues, count == unit.Cells.Count ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning, unit.Pointer, quote.Location,
                count == unit.Cells.Count
                    ? "No value is written for this row; its cells are blank."
                    : $"This row has {unit.Cells.Count - count} values for {unit.Cells.Count} cells; {count} cell(s) are blank.",
                count == unit.Cells.Count
                    ? "该行未写任何数值，单元格为空。"
                    : $"该行 {unit.Cells.Count} 个单元格只写了 {unit.Cells.Count - count} 个数值，{count} 个单元格为空。",
                missing.Select(c => c.Pointer).ToList());
        }
    }

    /// <summary>The diagnostic about rows printed apart from their numbers: how their number lines were assigned to them.</summary>
    private void ReportDetached(Unit unit, DetachedRows run, List<Reading> kept, List<CellLayout> ambiguousCells, UnitQuote quote)
    {
        var labels = string.Join("、", run.Rows.Select(r => r.Cells[0].Row.Label));
        var lines = string.Join(" / ", run.Lines.Select(l => text.OriginalOf(l.Start, l.End).Trim()));
        if (ambiguousCells.Count > 0)
        {
            var shown = kept.Take(8).Select(r => r.Describe()).ToList();
            var more = kept.Count > shown.Count ? $" (+{kept.Count - shown.Count} more)" : string.Empty;
            sink.Add(ImportCodes.RowsByPosition, DiagnosticSeverity.Warning, ambiguousCells[0].Pointer, quote.Location,
                $"The rows {labels} are printed apart from their numbers ({lines}); the format's sums allow {kept.Count} assignments of the numbers to the rows: {string.Join(", ", shown)}{more}. The {ambiguousCells.Count} undecided cell(s) were left blank.",
                $"行“{labels}”与其数字（{lines}）分开排印；按格式的勾稽关系，数字与行有 {kept.Count} 种对应方式：{string.Join("，", shown)}{(more.Length > 0 ? $"（另有 {kept.Count - shown.Count} 种）" : string.Empty)}。未能确定的 {ambiguousCells.Count} 个单元格为空。",
                ambiguousCells.Select(c => c.Pointer).ToList());
        }
        else
        {
            sink.Add(ImportCodes.RowsByPosition, DiagnosticSeverity.Info, unit.Pointer, quote.Location,
                $"The rows {labels} are printed apart from their numbers ({lines}); {(unit.Structural > 1 ? $"of {unit.Structural} ways to assign the numbers to the rows, only one agrees with the format's sums" : "the numbers can be assigned to the rows in one way only")}.",
                $"行“{labels}”与其数字（{lines}）分开排印；{(unit.Structural > 1 ? $"数字与行的 {unit.Structural} 种对应方式中，只有一种符合格式的勾稽关系" : "数字与行只有一种对应方式")}。");
        }
    }

    /// <summary>The diagnostic about how a row's run-together digits were split: undecided, kept against the row's sums, or recovered by them.</summary>
    private void ReportSplit(Unit unit, List<Reading> kept, List<CellLayout> ambiguousCells, bool capped, bool arithmeticBroken, UnitQuote quote)
    {
        if (ambiguousCells.Count > 0)
        {
            var shown = kept.Take(8).Select(r => r.Describe()).ToList();
            var more = kept.Count > shown.Count ? $" (+{kept.Count - shown.Count} more)" : string.Empty;
            var why = arithmeticBroken ? " No split satisfies every sum of the format." : string.Empty;
            var whyZh = arithmeticBroken ? "没有任何拆分能满足格式的全部勾稽关系。" : string.Empty;
            sink.Add(ImportCodes.AmbiguousSplit, DiagnosticSeverity.Warning, ambiguousCells[0].Pointer, quote.Location,
                $"'{quote.Raw}' can be read as {kept.Count} different rows: {string.Join(", ", shown)}{more}.{why} The {ambiguousCells.Count} undecided cell(s) were left blank.",
                $"“{quote.Raw}”可读作 {kept.Count} 种不同的行：{string.Join("，", shown)}{(more.Length > 0 ? $"（另有 {kept.Count - shown.Count} 种）" : string.Empty)}。{whyZh}未能确定的 {ambiguousCells.Count} 个单元格为空。",
                ambiguousCells.Select(c => c.Pointer).ToList());
        }
        else if (unit.LocalArithmeticFailed && kept.Count == 1 && kept[0].Kinds.Contains(CellReadingKind.Split))
        {
            sink.Add(ImportCodes.RunTogetherSumsFail, DiagnosticSeverity.Warning, unit.Pointer, quote.Location,
                $"'{quote.Raw}' fills the row's cells only as {kept[0].Describe()}, which breaks the row's sums: either the report published a wrong figure or a blank cell is hidden in the run. The figures are kept as read.",
                $"“{quote.Raw}”只能读作 {kept[0].Describe()}，而这不符合该行的勾稽关系：或是报告公布的数字有误，或是其中夹有空白单元格。数字按所读保留。");
        }
        else if (unit.Structural > 1 && !capped)
        {
            sink.Add(ImportCodes.SplitRecovered, arithmeticBroken ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info, unit.Pointer, quote.Location,
                $"'{quote.Raw}' was split as {kept[0].Describe()}: the only one of {Count(unit.Structural)} possible splits {(arithmeticBroken ? "that breaks the fewest sums of the format" : "that agrees with the format's sums")}.",
                $"“{quote.Raw}”拆分为 {kept[0].Describe()}：{CountZh(unit.Structural)}种可能拆分中{(arithmeticBroken ? "违反勾稽关系最少" : "唯一符合勾稽关系")}的一种。");
        }
    }

    /// <summary>What the diagnostics and blank cells of a unit quote, each found on first use: its written text and where it starts.</summary>
    private sealed class UnitQuote(SourceText text, RowMaterial material)
    {
        private string? raw;
        private Diagnostics.SourceLocation? location;

        /// <summary>The unit's text as written, from its first piece to its last (empty when it has none).</summary>
        public string Raw => raw ??= material.Slots.Count > 0 ? text.OriginalOf(material.Slots[0].Start, material.Slots[material.Slots.Count - 1].End) : string.Empty;

        /// <summary>Where the unit's first piece (or, without pieces, its material) starts.</summary>
        public Diagnostics.SourceLocation Location => location ??= material.Slots.Count > 0 ? text.LocateNorm(material.Slots[0].Start) : text.LocateNorm(material.Start);
    }

    /// <summary>The values the readings give a cell, each once, in the order first given.</summary>
    private static List<decimal?> DistinctValues(List<Reading> readings, int cell) => readings.Select(r => r.Values[cell]).Distinct().ToList();

    /// <summary>The cells a reading leaves out (missing), except those left undecided.</summary>
    private static List<CellLayout> MissingCells(IReadOnlyList<CellLayout> cells, Reading reading, List<CellLayout> undecided) =>
        cells.Where((c, i) => reading.Kinds[i] == CellReadingKind.Missing && !undecided.Contains(c)).ToList();

    private static string Count(int n) => n == int.MaxValue ? "many" : n.ToString(CultureInfo.InvariantCulture);

    private static string CountZh(int n) => n == int.MaxValue ? "众多" : n.ToString(CultureInfo.InvariantCulture) + " ";

    private static string Excerpt(RowMaterial material) => material.Slots.Count == 0
        ? string.Empty
        : string.Join(" ", material.Slots.Take(12).Select(s => s.Kind == SlotKind.Blank ? "∅" : (s.Sign == '\0' ? string.Empty : s.Sign.ToString()) + s.Digits + (s.Fraction is null ? string.Empty : "." + s.Fraction) + s.Unit));
}
