using Disclosure.Format.Diagnostics;
using Disclosure.Format.Model;

namespace Disclosure.Format.Aggregation;

/// <summary>The outcome of a hierarchy check (<see cref="HierarchyCheck.Check"/>).</summary>
public sealed class HierarchyCheckResult
{
    internal HierarchyCheckResult(DisclosureReport parent, RollUpResult rollUp, IReadOnlyList<HierarchyCell> cells,
        IReadOnlyList<string> missingChildren, IReadOnlyList<int> unexpectedChildren, IReadOnlyList<Diagnostic> diagnostics)
    {
        Parent = parent;
        RollUp = rollUp;
        Cells = cells;
        MissingChildren = missingChildren;
        UnexpectedChildren = unexpectedChildren;
        Diagnostics = diagnostics;
    }

    /// <summary>The parent's published report (never modified).</summary>
    public DisclosureReport Parent { get; }

    /// <summary>The roll-up of the children's reports.</summary>
    public RollUpResult RollUp { get; }

    /// <summary>Every cell of the edition, parent beside sum, in catalog order; empty when nothing could be compared.</summary>
    public IReadOnlyList<HierarchyCell> Cells { get; }

    /// <summary>The expected children (as the caller named them) that have no report.</summary>
    public IReadOnlyList<string> MissingChildren { get; }

    /// <summary>The indexes of the child reports that match none of the expected names.</summary>
    public IReadOnlyList<int> UnexpectedChildren { get; }

    /// <summary>
    /// The differences (<see cref="Comparison.ComparisonCodes.HierarchyMismatch"/>), cells not assessable, missing and
    /// unexpected children, and the roll-up's own errors.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The number of cells whose published value differs from the children's sum.</summary>
    public int MismatchCount
    {
        get
        {
            var n = 0;
            foreach (var cell in Cells)
            {
                if (cell.Status == HierarchyCellStatus.Differs) n++;
            }

            return n;
        }
    }

    /// <summary><see langword="true"/> when every assessable cell agrees, no child is missing and nothing is an error.</summary>
    public bool Agrees
    {
        get
        {
            if (MismatchCount > 0 || MissingChildren.Count > 0) return false;
            foreach (var d in Diagnostics)
            {
                if (d.Severity == DiagnosticSeverity.Error) return false;
            }

            return true;
        }
    }
}
