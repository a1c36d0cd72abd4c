using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

// TableReader, blocks: the printed column headers of a table drawn in blocks (the Article-20 table), their units of amounts and what they say about the edition.
internal sealed partial class TableReader
{
    /// <summary>
    /// Whether, at the block captions found for this edition, some block's printed header is not the header of the
    /// same block (by caption) in <paramref name="other"/>'s layout.
    /// </summary>
    public bool SomeBlockHeaderDiffers(EditionPlan other)
    {
        if (plan.BlockTable is not { } table || other.BlockTable is not { } otherTable)
        {
            return false;
        }

        foreach (var group in table.Rows)
        {
            if (group.Cells.Count > 0 || group.Columns.Count == 0 || BlockHeader(group) is not { } header || header.Header.Length < 4)
            {
                continue;
            }

            var key = plan.HeaderLabelKey(group);
            foreach (var otherGroup in otherTable.Rows)
            {
                if (otherGroup.Cells.Count == 0 && otherGroup.Columns.Count > 0 && other.HeaderLabelKey(otherGroup) == key
                    && HeaderSimilarity(other.HeaderKey(otherGroup), header.Header) < 0.6)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The printed header of a block (the key of the text from its caption to the next anchor, at most 80), with where it ends; null when its caption was not found.</summary>
    private (AnchorMatch Caption, string Header, int HeaderEnd)? BlockHeader(RowLayout group)
    {
        var anchor = anchors.FirstOrDefault(a => a.Row == group);
        if (anchor is null || !matches.TryGetValue(anchor, out var caption))
        {
            return null;
        }

        var next = NextMatch(anchor.Order);
        var headerEnd = next?.KeyStart ?? text.Key.Length;
        var header = text.Key.Substring(caption.KeyEnd, Math.Max(0, Math.Min(80, headerEnd - caption.KeyEnd)));
        return (caption, header, headerEnd);
    }

    /// <summary>
    /// How alike a block's printed header is to the expected one: their longest common subsequence over the longer
    /// length, or, for the same characters in another order (the header's words split over lines), their common
    /// characters.
    /// </summary>
    private static double HeaderSimilarity(string expected, string header)
    {
        var similarity = Lcs(expected, header) / (double)Math.Max(expected.Length, header.Length);
        if (similarity < 0.6 && SameCharacters(expected, header) is var same && same >= 0.9)
        {
            similarity = same;
        }

        return similarity;
    }

    /// <summary>
    /// How the text's table drawn in blocks (the Article-20 table) reads in this edition: whether it is found with
    /// every row and every block header of this edition, and whether some block is printed with other columns.
    /// </summary>
    public (bool Clean, bool OtherColumns) BlockTableReading()
    {
        if (plan.BlockTable is not { } table)
        {
            return (false, false);
        }

        StartFits();
        if (!readTables.TryGetValue(table, out var state))
        {
            var saved = sink;
            state = ReadOne(table, split: false);
            sink = saved;
        }

        var otherColumns = false;
        var clean = state.Units is not null;
        foreach (var d in state.Sink.Items)
        {
            otherColumns |= d.Code == ImportCodes.WrongEditionLayout;
            clean &= d.Code is not (ImportCodes.RowMissing or ImportCodes.WrongEditionLayout or ImportCodes.UnmatchedValues or ImportCodes.TableMissing);
        }

        return (clean, otherColumns);
    }

    /// <summary>
    /// For tables drawn in blocks with their own header (the Article-20 table): checks each block's printed column
    /// headers against the catalog (a block printed with another edition's columns is left blank) and reads the unit
    /// of amounts from the header (<c>（万元）</c>, <c>（元）</c>).
    /// </summary>
    private Dictionary<int, decimal> BlockUnits(TableLayout table)
    {
        var units = new Dictionary<int, decimal>();
        foreach (var group in table.Rows.Where(r => r.Cells.Count == 0 && r.Columns.Count > 0))
        {
            if (BlockHeader(group) is not var (caption, header, headerEnd))
            {
                continue;
            }

            var expected = plan.HeaderKey(group);
            if (header.Length >= 4)
            {
                var similarity = HeaderSimilarity(expected, header);
                if (similarity < 0.6)
                {
                    fits[current!] -= expected.Length;
                    foreach (var row in group.Children.Where(r => r.Cells.Count > 0))
                    {
                        foreach (var cell in row.Cells)
                        {
                            units[cell.Index] = -1m; // do not read: the block has other columns
                        }
                    }

                    var headerText = SourceText.FoldString(text.OriginalOf(text.KeyToNorm[caption.KeyEnd], headerEnd < text.KeyToNorm.Length ? text.KeyToNorm[headerEnd] : text.Norm.Length));
                    sink.Add(ImportCodes.WrongEditionLayout, DiagnosticSeverity.Warning, group.Children.FirstOrDefault()?.Pointer ?? table.Pointer,
                        text.LocateNorm(text.KeyToNorm[caption.KeyEnd]),
                        ImportMessages.BlockWithOtherColumns(group.Label, headerText.Trim(), catalog.Edition, group.Columns.Select(c => c.Label)),
                        group.Children.SelectMany(r => r.Cells).Select(c => c.Pointer).ToList());
                    continue;
                }

                fits[current!] += expected.Length * similarity;
            }

            var unit = header.Contains("万元") ? 10000m : header.Contains("元") ? 1m : 0m;
            if (unit > 0)
            {
                foreach (var row in group.Children.Where(r => r.Cells.Count > 0))
                {
                    foreach (var cell in row.Cells.Where(c => c.ValueKind == CellValueKind.Amount))
                    {
                        units[cell.Index] = unit;
                    }
                }
            }
        }

        return units;
    }

    /// <summary>The characters two keys have in common (as multisets), over the longer one's length.</summary>
    private static double SameCharacters(string a, string b)
    {
        var x = a.ToCharArray();
        var y = b.ToCharArray();
        Array.Sort(x);
        Array.Sort(y);
        var common = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] == y[j])
            {
                common++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common / (double)Math.Max(Math.Max(a.Length, b.Length), 1);
    }

    internal static int Lcs(string a, string b)
    {
        if (a.Length > 0 && a.Length <= FuzzyMatcher.MaxPatternLength)
        {
            return FuzzyMatcher.LcsLength(a, b);
        }

        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        foreach (var ca in a)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = ca == b[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
