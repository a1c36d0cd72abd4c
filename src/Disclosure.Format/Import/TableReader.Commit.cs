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
                        ImportMessages.NoneMarkerAsZero(text.OriginalOf(start, end)));
                }

                if (reading.Units[i] is ("元" or "万元") && cell.ValueKind == CellValueKind.Amount && reading.Units[i] != (LayoutShape.AmountUnit(cell.Column) == 1m ? "元" : "万元"))
                {
                    sink.Add(ImportCodes.UnitConverted, DiagnosticSeverity.Info, cell.Pointer, text.LocateNorm(start),
                        ImportMessages.UnitConverted(text.OriginalOf(start, end), value, cell.Column.Label));
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
                ImportMessages.MissingValues(unit.Cells.Count, count),
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
            sink.Add(ImportCodes.RowsByPosition, DiagnosticSeverity.Warning, ambiguousCells[0].Pointer, quote.Location,
                ImportMessages.RowsByPositionUndecided(labels, lines, kept.Count, shown, ambiguousCells.Count),
                ambiguousCells.Select(c => c.Pointer).ToList());
        }
        else
        {
            sink.Add(ImportCodes.RowsByPosition, DiagnosticSeverity.Info, unit.Pointer, quote.Location,
                ImportMessages.RowsByPosition(labels, lines, unit.Structural));
        }
    }

    /// <summary>The diagnostic about how a row's run-together digits were split: undecided, kept against the row's sums, or recovered by them.</summary>
    private void ReportSplit(Unit unit, List<Reading> kept, List<CellLayout> ambiguousCells, bool capped, bool arithmeticBroken, UnitQuote quote)
    {
        if (ambiguousCells.Count > 0)
        {
            var shown = kept.Take(8).Select(r => r.Describe()).ToList();
            sink.Add(ImportCodes.AmbiguousSplit, DiagnosticSeverity.Warning, ambiguousCells[0].Pointer, quote.Location,
                ImportMessages.AmbiguousSplit(quote.Raw, kept.Count, shown, arithmeticBroken, ambiguousCells.Count),
                ambiguousCells.Select(c => c.Pointer).ToList());
        }
        else if (unit.LocalArithmeticFailed && kept.Count == 1 && kept[0].Kinds.Contains(CellReadingKind.Split))
        {
            sink.Add(ImportCodes.RunTogetherSumsFail, DiagnosticSeverity.Warning, unit.Pointer, quote.Location,
                ImportMessages.RunTogetherSumsFail(quote.Raw, kept[0].Describe()));
        }
        else if (unit.Structural > 1 && !capped)
        {
            sink.Add(ImportCodes.SplitRecovered, arithmeticBroken ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info, unit.Pointer, quote.Location,
                ImportMessages.SplitRecovered(quote.Raw, kept[0].Describe(), unit.Structural, arithmeticBroken));
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

    private static string Excerpt(RowMaterial material) => material.Slots.Count == 0
        ? string.Empty
        : string.Join(" ", material.Slots.Take(12).Select(s => s.Kind == SlotKind.Blank ? "∅" : (s.Sign == '\0' ? string.Empty : s.Sign.ToString()) + s.Digits + (s.Fraction is null ? string.Empty : "." + s.Fraction) + s.Unit));
}
