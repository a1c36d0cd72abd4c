using System.Globalization;
using System.Text;
using Disclosure.Format.Comparison;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Aggregation;

/// <summary>
/// Checks a parent's published report (a county's, a zone's) against the sum of its children's reports, cell by cell,
/// and names the children that are missing. The parent's published values are never overwritten: each difference is
/// reported (<see cref="ComparisonCodes.HierarchyMismatch"/>) at the parent's cell with the sum as the expected value.
/// </summary>
/// <remarks>
/// A parent's report often covers its own office as well as its children, so a difference is a warning, not an error
/// (the format's specification, INV-S-AGG, treats the aggregate as soft). Children's pointers in diagnostics are written
/// <c>parts/{index}#{pointer}</c> (<see cref="ReportRollUp.PartPointer"/>), index into the children as given.
/// </remarks>
/// <example>
/// <code>
/// var check = HierarchyCheck.Check(county, departments, new HierarchyOptions { ExpectedChildren = ["财政局", "公安局", "教育局"] });
/// foreach (var d in check.Diagnostics)
///     Console.WriteLine(d);   // warning DF7020 at /applications/newlyReceived/total: …
/// </code>
/// </example>
public static class HierarchyCheck
{
    /// <summary>Compares <paramref name="parent"/> with the sum of <paramref name="children"/>, cell by cell.</summary>
    /// <param name="parent">The parent's published report.</param>
    /// <param name="children">The children's reports (of the parent's edition and year).</param>
    /// <param name="options">The expected children and how blanks are summed; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parent"/>, <paramref name="children"/> or a child is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="HierarchyOptions.ChildNames"/> does not have one name per child.</exception>
    public static HierarchyCheckResult Check(DisclosureReport parent, IReadOnlyList<DisclosureReport> children, HierarchyOptions? options = null)
    {
        if (parent is null) throw new ArgumentNullException(nameof(parent));
        if (parent.Metadata is null) throw new ArgumentNullException(nameof(parent), "The parent report has no metadata.");
        if (children is null) throw new ArgumentNullException(nameof(children));
        options ??= new HierarchyOptions();
        if (options.ChildNames is { } names && names.Count != children.Count)
        {
            throw new ArgumentException($"HierarchyOptions.ChildNames has {names.Count} names for {children.Count} reports.", nameof(options));
        }

        var rollUp = ReportRollUp.Sum(children, new RollUpOptions
        {
            Agency = parent.Metadata.Agency,
            Title = parent.Metadata.Title,
            PartNames = options.ChildNames,
            TreatBlanksAsZero = options.TreatBlanksAsZero,
        });
        var diagnostics = new List<Diagnostic>();
        foreach (var d in rollUp.Diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error) diagnostics.Add(d);
        }

        var (missing, unexpected) = MatchChildren(rollUp.PartNames, options.ExpectedChildren, diagnostics);
        if (rollUp.Report is not { } sum)
        {
            return new HierarchyCheckResult(parent, rollUp, [], missing, unexpected, diagnostics);
        }

        if (sum.Edition != parent.Edition || sum.Metadata.Year != parent.Metadata.Year)
        {
            var message = AggregationMessages.HierarchyParentMismatch(parent.Edition, parent.Metadata.Year, sum.Edition, sum.Metadata.Year);
            diagnostics.Add(new Diagnostic
            {
                Code = ComparisonCodes.HierarchyParentMismatch,
                Severity = DiagnosticSeverity.Error,
                Pointer = sum.Edition != parent.Edition ? "/edition" : "/metadata/year",
                Message = message.En,
                MessageZh = message.Zh,
            });
            return new HierarchyCheckResult(parent, rollUp, [], missing, unexpected, diagnostics);
        }

        var catalog = LayoutCatalog.For(parent.Edition);
        var cells = new HierarchyCell[catalog.Cells.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var layout = catalog.Cells[i];
            var cell = new HierarchyCell(layout, layout.GetValue(parent), rollUp.Cells[i]);
            cells[i] = cell;
            switch (cell.Status)
            {
                case HierarchyCellStatus.Differs:
                    diagnostics.Add(Mismatch(cell, rollUp));
                    break;
                case HierarchyCellStatus.ParentBlank:
                case HierarchyCellStatus.SumBlank:
                    diagnostics.Add(NotAssessable(cell));
                    break;
            }
        }

        return new HierarchyCheckResult(parent, rollUp, cells, missing, unexpected, diagnostics);
    }

    private static (IReadOnlyList<string> Missing, IReadOnlyList<int> Unexpected) MatchChildren(
        IReadOnlyList<string> childNames, IReadOnlyList<string>? expected, List<Diagnostic> diagnostics)
    {
        if (expected is null)
        {
            return ([], []);
        }

        var normalizedChildren = new string[childNames.Count];
        for (var i = 0; i < normalizedChildren.Length; i++) normalizedChildren[i] = Normalize(childNames[i]);
        var matched = new bool[childNames.Count];
        var missing = new List<string>();
        foreach (var name in expected)
        {
            if (name is null) continue;
            var wanted = Normalize(name);
            var found = false;
            for (var i = 0; i < normalizedChildren.Length; i++)
            {
                var child = normalizedChildren[i];
                if (wanted.Length > 0 && (child == wanted || (wanted.Length >= 2 && child.EndsWith(wanted, StringComparison.Ordinal))))
                {
                    matched[i] = true;
                    found = true;
                }
            }

            if (!found)
            {
                missing.Add(name);
                var message = AggregationMessages.HierarchyMissingChild(name);
                diagnostics.Add(new Diagnostic
                {
                    Code = ComparisonCodes.HierarchyMissingChild,
                    Severity = DiagnosticSeverity.Warning,
                    Pointer = "",
                    Message = message.En,
                    MessageZh = message.Zh,
                });
            }
        }

        var unexpected = new List<int>();
        for (var i = 0; i < matched.Length; i++)
        {
            if (matched[i]) continue;
            unexpected.Add(i);
            var message = AggregationMessages.HierarchyUnexpectedChild(childNames[i]);
            diagnostics.Add(new Diagnostic
            {
                Code = ComparisonCodes.HierarchyUnexpectedChild,
                Severity = DiagnosticSeverity.Info,
                Pointer = ReportRollUp.PartPointer(i, ""),
                Message = message.En,
                MessageZh = message.Zh,
            });
        }

        return (missing, unexpected);
    }

    /// <summary>White space removed, full-width brackets and parentheses made half-width.</summary>
    private static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            if (char.IsWhiteSpace(ch)) continue;
            sb.Append(ch switch
            {
                '（' => '(',
                '）' => ')',
                '【' or '［' => '[',
                '】' or '］' => ']',
                _ => ch,
            });
        }

        return sb.ToString();
    }

    private static Diagnostic Mismatch(HierarchyCell cell, RollUpResult rollUp)
    {
        var layout = cell.Cell;
        var contributors = cell.Sum.Contributors;
        var related = new string[contributors.Count];
        for (var i = 0; i < related.Length; i++) related[i] = ReportRollUp.PartPointer(contributors[i], layout.Pointer);
        var published = cell.Published!.Value.ToString(CultureInfo.InvariantCulture);
        var sum = cell.Sum.Value!.Value.ToString(CultureInfo.InvariantCulture);
        var message = AggregationMessages.HierarchyMismatch(layout, published, rollUp.Parts.Count, sum);
        return new Diagnostic
        {
            Code = ComparisonCodes.HierarchyMismatch,
            Severity = DiagnosticSeverity.Warning,
            Pointer = layout.Pointer,
            RelatedPointers = related,
            Expected = cell.Sum.Value,
            Actual = cell.Published,
            Formula = $"{layout.Row.LabelPathText}：{layout.Column.Label} = Σ 下级报告",
            Message = message.En,
            MessageZh = message.Zh,
        };
    }

    private static Diagnostic NotAssessable(HierarchyCell cell)
    {
        var layout = cell.Cell;
        var parentBlank = cell.Status == HierarchyCellStatus.ParentBlank;
        var blanks = cell.Sum.BlankParts;
        var related = new string[parentBlank ? 0 : blanks.Count];
        for (var i = 0; i < related.Length; i++) related[i] = ReportRollUp.PartPointer(blanks[i], layout.Pointer);
        var message = AggregationMessages.HierarchyNotAssessable(layout, parentBlank);
        return new Diagnostic
        {
            Code = ComparisonCodes.HierarchyNotAssessable,
            Severity = DiagnosticSeverity.Info,
            Pointer = layout.Pointer,
            RelatedPointers = related,
            Message = message.En,
            MessageZh = message.Zh,
        };
    }
}
