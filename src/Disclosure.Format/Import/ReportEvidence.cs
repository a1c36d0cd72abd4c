namespace Disclosure.Format.Import;

/// <summary>
/// What in an imported text showed it to be a report (<see cref="ImportResult.Evidence"/>): a text that shows neither is
/// not a report, whatever the importer could make of it (a README that describes reports, a note, a letter).
/// </summary>
[Flags]
public enum ReportEvidence
{
    /// <summary>No evidence: the text is not a report (<see cref="ImportCodes.NotAReport"/>).</summary>
    None = 0,

    /// <summary>
    /// The title line of a report: the title the importer read (from a <c>标题:</c> header line, or the first lines of
    /// the text, at most 100 characters, up to one that contains <c>报告</c>) names <c>政府信息公开</c> and, after it,
    /// <c>报告</c>, and holds no Latin letter (a sentence in a README that mentions reports is not a title).
    /// </summary>
    TitleLine = 1,

    /// <summary>
    /// A table of the format: at least half the cells of one of the edition's tables were found in rows recognised by
    /// their labels, each with something written for it: a number (also one recovered from digits run together), a
    /// written "none", or an empty field of a delimited row. Cells whose digits could not be told apart
    /// (<see cref="CellReadingKind.Ambiguous"/>) do not count: a label quoted in prose with a number beside it is not a table.
    /// </summary>
    Table = 2,
}
