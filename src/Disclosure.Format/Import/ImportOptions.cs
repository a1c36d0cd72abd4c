namespace Disclosure.Format.Import;

/// <summary>Options of <see cref="ReportTextImporter.Import(string, ImportOptions?)"/>.</summary>
public sealed record ImportOptions
{
    /// <summary>The file or source name to put in diagnostic locations; optional.</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// The edition to read the text as, or <see langword="null"/> (the default) to detect it from the layout of the
    /// tables. Detection never uses the report year alone.
    /// </summary>
    public ReportEdition? Edition { get; init; }
}
