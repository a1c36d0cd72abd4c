namespace Disclosure.Format.Narrative;

/// <summary>How a figure stated in the narrative compares with its cells.</summary>
public enum NarrativeStatementStatus
{
    /// <summary>The figure equals the cell (or the sum of the cells).</summary>
    Agrees,

    /// <summary>The figure differs: a warning is reported.</summary>
    Differs,

    /// <summary>A cell it is tied to is blank: skipped, nothing is reported.</summary>
    CellBlank,
}
