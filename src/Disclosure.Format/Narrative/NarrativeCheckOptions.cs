namespace Disclosure.Format.Narrative;

/// <summary>Options of <see cref="NarrativeCheck.Check"/>.</summary>
public sealed record NarrativeCheckOptions
{
    /// <summary>
    /// The text the report was imported from, when there is one: each figure's words are then located in it (line and
    /// column) when they occur there. Without it, figures are located inside their section's text.
    /// </summary>
    public string? SourceText { get; init; }

    /// <summary>The name of the source (a file name), used as <see cref="Diagnostics.SourceLocation.Source"/>.</summary>
    public string? SourceName { get; init; }
}
