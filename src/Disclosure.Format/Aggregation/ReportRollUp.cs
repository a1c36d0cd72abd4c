using System.Globalization;
using Disclosure.Format.Comparison;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Aggregation;

/// <summary>
/// Sums several reports of one edition and one year (a region's departments, a county's 乡镇) into a report of that
/// edition, cell by cell through the layout catalog. Each summed cell knows which parts contributed and which were
/// blank; a blank part makes the sum blank unless the caller asks to treat blanks as 0, and then the cell says so.
/// </summary>
/// <remarks>
/// <para>
/// Every cell of the tables is summed; <see cref="RolledUpCell.Treatment"/> says what the sum means: counts of the
/// year's events (<see cref="RollUpTreatment.Sum"/>), stocks (2021 <c>现行有效件数</c>, 2019 <c>对外公开总数量</c> and
/// <c>上一年项目数量</c>: <see cref="RollUpTreatment.StockSum"/>, an upper bound when parts share items), the 2019 signed
/// <c>本年增/减</c> (<see cref="RollUpTreatment.SignedSum"/>) and amounts of money in the model's unit, 万元 for the 2021
/// fees and 元 for the 2019 <c>采购总金额</c> (<see cref="RollUpTreatment.AmountSum"/>).
/// </para>
/// <para>
/// The summed report carries the caller's agency, the parts' year, the caller's optional title and no publication
/// date or source; its free-text sections are empty (texts are not summed) and its 2019 <c>TotalAmountText</c> is
/// <see langword="null"/>. Published totals are summed like any cell, never recomputed from their parts, so the
/// roll-up of consistent reports is consistent and the validator can check it like any report.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var rollUp = ReportRollUp.Sum(departments, new RollUpOptions { Agency = "示例县人民政府" });
/// if (rollUp.Succeeded)
///     File.WriteAllText("county.json", DisclosureJson.Serialize(rollUp.Report!));
/// foreach (var cell in rollUp.Cells)
///     if (cell.BlankParts.Count > 0)
///         Console.WriteLine($"{cell.Pointer}: blank in {string.Join("、", cell.BlankParts.Select(i => rollUp.PartNames[i]))}");
/// </code>
/// </example>
public static class ReportRollUp
{
    /// <summary>Sums <paramref name="parts"/> cell by cell into a report of their edition and year.</summary>
    /// <param name="parts">The reports to sum: at least one, all of one edition and one year.</param>
    /// <param name="options">The roll-up's agency and how blanks are treated.</param>
    /// <returns>
    /// The result; when the parts are empty or mixed (<see cref="ComparisonCodes.RollUpEmpty"/>,
    /// <see cref="ComparisonCodes.RollUpMixedEditions"/>, <see cref="ComparisonCodes.RollUpMixedYears"/>) it has no
    /// report and says why.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument, a part or a part's metadata is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="RollUpOptions.PartNames"/> does not have one name per part.</exception>
    public static RollUpResult Sum(IReadOnlyList<DisclosureReport> parts, RollUpOptions options)
    {
        if (parts is null) throw new ArgumentNullException(nameof(parts));
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (options.Agency is null) throw new ArgumentNullException(nameof(options), "RollUpOptions.Agency is null.");
        if (options.PartNames is { } given && given.Count != parts.Count)
        {
            throw new ArgumentException($"RollUpOptions.PartNames has {given.Count} names for {parts.Count} reports.", nameof(options));
        }

        var names = new string[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i] ?? throw new ArgumentNullException(nameof(parts), $"Report {i} is null.");
            if (part.Metadata is null) throw new ArgumentNullException(nameof(parts), $"Report {i} has no metadata.");
            names[i] = options.PartNames?[i] ?? part.Metadata.Agency ?? $"#{i + 1}";
        }

        var errors = CheckParts(parts, names);
        if (errors.Count > 0)
        {
            return new RollUpResult(null, parts, names, [], errors, options.TreatBlanksAsZero);
        }

        var edition = parts[0].Edition;
        var year = parts[0].Metadata.Year;
        var catalog = LayoutCatalog.For(edition);
        var layoutCells = catalog.Cells;
        var cellCount = layoutCells.Count;

        // Read every part once (part by part, cell by cell), keeping the sums and the blank counts per cell.
        var sums = new decimal[cellCount];
        var blankCounts = new int[cellCount];
        var overflow = new bool[cellCount];
        var values = new decimal?[parts.Count][];
        for (var p = 0; p < parts.Count; p++)
        {
            var read = catalog.ReadCells(parts[p]);
            values[p] = read;
            for (var c = 0; c < cellCount; c++)
            {
                if (read[c] is { } v)
                {
                    if (!overflow[c])
                    {
                        try
                        {
                            sums[c] += v;
                        }
                        catch (OverflowException)
                        {
                            overflow[c] = true;
                        }
                    }
                }
                else
                {
                    blankCounts[c]++;
                }
            }
        }

        var allParts = new int[parts.Count];
        for (var p = 0; p < allParts.Length; p++) allParts[p] = p;
        var diagnostics = new List<Diagnostic>();
        var cells = new RolledUpCell[cellCount];
        var summed = new decimal?[cellCount];
        for (var c = 0; c < cellCount; c++)
        {
            var cell = layoutCells[c];
            IReadOnlyList<int> contributors = allParts;
            IReadOnlyList<int> blanks = [];
            if (blankCounts[c] > 0)
            {
                var contributing = new int[parts.Count - blankCounts[c]];
                var blank = new int[blankCounts[c]];
                int ci = 0, bi = 0;
                for (var p = 0; p < parts.Count; p++)
                {
                    if (values[p][c] is null) blank[bi++] = p;
                    else contributing[ci++] = p;
                }

                contributors = contributing;
                blanks = blank;
            }

            var outOfRange = overflow[c] || !Fits(cell, sums[c]);
            decimal? value = blankCounts[c] > 0 && !options.TreatBlanksAsZero ? null : sums[c];
            if (value is not null && outOfRange)
            {
                value = null;
                diagnostics.Add(OutOfRange(cell, overflow[c] ? null : sums[c]));
            }
            else if (blankCounts[c] > 0 && !options.TreatBlanksAsZero)
            {
                diagnostics.Add(BlankPart(cell, blanks, names));
            }

            summed[c] = value;
            cells[c] = new RolledUpCell(cell, value, TreatmentOf(cell), contributors, blanks,
                blankCounts[c] > 0 && options.TreatBlanksAsZero, outOfRange);
        }

        var metadata = new ReportMetadata { Agency = options.Agency, Year = year, Title = options.Title };
        var report = catalog.CreateReport(metadata, summed);
        return new RollUpResult(report, parts, names, cells, diagnostics, options.TreatBlanksAsZero);
    }

    /// <summary>How a cell of the layout catalog is summed in a roll-up.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cell"/> is <see langword="null"/>.</exception>
    public static RollUpTreatment TreatmentOf(CellLayout cell)
    {
        if (cell is null) throw new ArgumentNullException(nameof(cell));
        return cell.ValueKind switch
        {
            CellValueKind.SignedCount => RollUpTreatment.SignedSum,
            CellValueKind.Amount => RollUpTreatment.AmountSum,
            _ => cell.Column.Key is "inForce" or "totalPublished" or "previousYearItems" ? RollUpTreatment.StockSum : RollUpTreatment.Sum,
        };
    }

    private static bool Fits(CellLayout cell, decimal sum) => cell.ValueKind switch
    {
        CellValueKind.Count => sum <= int.MaxValue,
        CellValueKind.SignedCount => sum is >= int.MinValue and <= int.MaxValue,
        _ => true,
    };

    private static List<Diagnostic> CheckParts(IReadOnlyList<DisclosureReport> parts, string[] names)
    {
        var errors = new List<Diagnostic>();
        if (parts.Count == 0)
        {
            errors.Add(new Diagnostic
            {
                Code = ComparisonCodes.RollUpEmpty,
                Severity = DiagnosticSeverity.Error,
                Pointer = "",
                Message = AggregationMessages.RollUpEmpty.En,
                MessageZh = AggregationMessages.RollUpEmpty.Zh,
            });
            return errors;
        }

        var first = parts[0];
        for (var i = 1; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Edition != first.Edition)
            {
                var message = AggregationMessages.RollUpMixedEditions(i, names[i], part.Edition, names[0], first.Edition);
                errors.Add(new Diagnostic
                {
                    Code = ComparisonCodes.RollUpMixedEditions,
                    Severity = DiagnosticSeverity.Error,
                    Pointer = PartPointer(i, "/edition"),
                    RelatedPointers = [PartPointer(0, "/edition")],
                    Message = message.En,
                    MessageZh = message.Zh,
                });
            }

            if (part.Metadata.Year != first.Metadata.Year)
            {
                var message = AggregationMessages.RollUpMixedYears(i, names[i], part.Metadata.Year, names[0], first.Metadata.Year);
                errors.Add(new Diagnostic
                {
                    Code = ComparisonCodes.RollUpMixedYears,
                    Severity = DiagnosticSeverity.Error,
                    Pointer = PartPointer(i, "/metadata/year"),
                    RelatedPointers = [PartPointer(0, "/metadata/year")],
                    Expected = first.Metadata.Year,
                    Actual = part.Metadata.Year,
                    Message = message.En,
                    MessageZh = message.Zh,
                });
            }
        }

        return errors;
    }

    /// <summary>
    /// The pointer of a cell of the roll-up's <paramref name="index"/>-th part (0-based), a URI reference whose fragment
    /// is the RFC 6901 pointer: <c>parts/2#/applications/newlyReceived/total</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="pointer"/> is <see langword="null"/>.</exception>
    public static string PartPointer(int index, string pointer) =>
        "parts/" + index.ToString(CultureInfo.InvariantCulture) + "#" + (pointer ?? throw new ArgumentNullException(nameof(pointer)));

    private static Diagnostic OutOfRange(CellLayout cell, decimal? sum)
    {
        var message = AggregationMessages.RollUpSumOutOfRange(cell);
        return new Diagnostic
        {
            Code = ComparisonCodes.RollUpSumOutOfRange,
            Severity = DiagnosticSeverity.Error,
            Pointer = cell.Pointer,
            Actual = sum,
            Message = message.En,
            MessageZh = message.Zh,
        };
    }

    private static Diagnostic BlankPart(CellLayout cell, IReadOnlyList<int> blanks, string[] names)
    {
        var related = new string[blanks.Count];
        var who = new string[blanks.Count];
        for (var i = 0; i < related.Length; i++)
        {
            related[i] = PartPointer(blanks[i], cell.Pointer);
            who[i] = names[blanks[i]];
        }

        var message = AggregationMessages.RollUpBlankPart(cell, who);
        return new Diagnostic
        {
            Code = ComparisonCodes.RollUpBlankPart,
            Severity = DiagnosticSeverity.Info,
            Pointer = cell.Pointer,
            RelatedPointers = related,
            Message = message.En,
            MessageZh = message.Zh,
        };
    }
}
