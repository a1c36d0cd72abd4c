namespace Disclosure.Format.Rendering;

/// <summary>
/// The shapes in which a report's tables are found as text, each the result of a common way of extracting or
/// copying a published table. <see cref="ReportTextRenderer"/> writes each; the importer reads each back.
/// </summary>
public enum TextShape
{
    /// <summary>One line per table row, cells separated by tabs (a table copied from a word processor or a web page). Blank cells are empty fields.</summary>
    TabSeparated,

    /// <summary>One cell per line, rows one after another (HTML flattened to text). Blank cells are empty lines; merged labels appear once.</summary>
    CellPerLine,

    /// <summary>A pipe (Markdown) table: <c>| 规章 | 0 | 0 | 0 |</c>, with a <c>| --- |</c> rule under the first line. Merged label cells repeat their text.</summary>
    PipeTable,

    /// <summary>Columns aligned with spaces, as PDF text extraction lays them out; a blank cell is only spaces.</summary>
    SpaceAligned,
}
