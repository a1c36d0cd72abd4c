namespace Disclosure.Format.Import;

/// <summary>
/// The stable diagnostic codes of the text importer (<c>DF4000</c>–<c>DF4999</c>). Codes are append-only: a code is
/// never reused for another meaning. Import diagnostics carry the source line and column
/// (<see cref="Diagnostics.Diagnostic.Location"/>) and, once known, the JSON Pointer of the cell, row, table or
/// section concerned.
/// </summary>
public static class ImportCodes
{
    /// <summary>
    /// <c>DF4000</c>: the text is not a report: the importer found no table of the format (and no report is built), or a
    /// caller that checks <see cref="ImportResult.Evidence"/> (the <c>disclosure</c> tool does) found no evidence of one
    /// — no title line of a report and no table of the format with at least half its cells (see
    /// <see cref="ReportEvidence"/>).
    /// </summary>
    public const string NotAReport = "DF4000";

    /// <summary><c>DF4001</c>: a table of the format was not found; its cells are blank.</summary>
    public const string TableMissing = "DF4001";

    /// <summary><c>DF4002</c>: a row of a table was not found (no label matched); its cells are blank.</summary>
    public const string RowMissing = "DF4002";

    /// <summary><c>DF4003</c>: numbers in a table that belong to no row of the format (after a group label, before the first row).</summary>
    public const string UnmatchedValues = "DF4003";

    /// <summary><c>DF4004</c>: what is written for a row cannot be read as its cells (a value that does not fit the cell's kind, such as a negative or fractional count).</summary>
    public const string CellUnreadable = "DF4004";

    /// <summary><c>DF4005</c>: digits run together can be split into the row's cells in more than one way that the format's arithmetic allows; the cells are left blank and the candidates are listed.</summary>
    public const string AmbiguousSplit = "DF4005";

    /// <summary><c>DF4006</c>: the search for a split of run-together digits reached its bound; the cells are left blank.</summary>
    public const string SplitSearchCapped = "DF4006";

    /// <summary><c>DF4007</c>: a row has more values than cells; its cells are left blank.</summary>
    public const string TooManyValues = "DF4007";

    /// <summary><c>DF4008</c>: a row has fewer values than cells: the cells without a value are blank (where they sit may be ambiguous, see <see cref="AmbiguousSplit"/>).</summary>
    public const string MissingValues = "DF4008";

    /// <summary><c>DF4009</c>: a label or heading was accepted in a local variant of the official wording (a typo, a word added or left out).</summary>
    public const string LabelVariant = "DF4009";

    /// <summary>
    /// <c>DF4010</c>: the text shows layout of another edition than the one detected (for example the 2019 columns in
    /// the Article-20 table of a report on the 2021 tables, or a hybrid template printing （六）其他处理 as the other
    /// edition prints it: one row where the edition has three, or three where it has one); the cells concerned are
    /// left blank, named by the diagnostic, and what the text prints in their place is kept in their provenance
    /// (<see cref="CellReadingKind.OtherEdition"/>).
    /// </summary>
    public const string WrongEditionLayout = "DF4010";

    /// <summary><c>DF4011</c>: the text follows an edition whose layout this version of the library cannot build a report for.</summary>
    public const string EditionNotAvailable = "DF4011";

    /// <summary><c>DF4012</c>: a section heading was not found.</summary>
    public const string SectionMissing = "DF4012";

    /// <summary><c>DF4013</c>: the agency or the report year could not be read from the title.</summary>
    public const string MetadataMissing = "DF4013";

    /// <summary><c>DF4014</c>: a cell written as <c>/</c>, <c>-</c>, <c>—</c> or <c>无</c> was read as 0.</summary>
    public const string NoneMarkerAsZero = "DF4014";

    /// <summary><c>DF4015</c>: an amount written with a unit (<c>元</c>, <c>万元</c>) was converted to the unit of its cell.</summary>
    public const string UnitConverted = "DF4015";

    /// <summary><c>DF4016</c>: cells of a row were recovered from digits run together, using the format's arithmetic to choose the split.</summary>
    public const string SplitRecovered = "DF4016";

    /// <summary><c>DF4017</c>: text in a table section (二, 三 or 四) outside its table has no place in the model and was not kept.</summary>
    public const string TextNotKept = "DF4017";

    /// <summary><c>DF4018</c>: the input looked like HTML; its tags were removed before import.</summary>
    public const string HtmlStripped = "DF4018";

    /// <summary><c>DF4019</c>: the report year printed in the title does not match the edition of the tables (for example a 2022 report on the 2019 trial tables).</summary>
    public const string EditionYearMismatch = "DF4019";

    /// <summary>
    /// <c>DF4020</c>: the digits of a row, run together, fill its cells in only one way and that reading breaks the
    /// row's sums: either the report published a wrong figure or a blank cell is hidden in the run. The figures are
    /// kept as read (a published error is never corrected by the importer).
    /// </summary>
    public const string RunTogetherSumsFail = "DF4020";

    /// <summary>
    /// <c>DF4021</c>: the input's bytes are undecodable: no encoding tried reads them cleanly (UTF-8, GB18030 — which
    /// covers GBK and GB2312 — and Big5 when detecting; the named one or the one its byte order mark gives otherwise).
    /// The message lists the encodings tried and where each fails. Nothing is guessed and nothing is replaced. Raised
    /// by <see cref="ReportTextDecoder"/> (and so by <see cref="ReportTextImporter.Import(byte[], ImportOptions?)"/>
    /// and the <c>disclosure</c> tool).
    /// </summary>
    public const string Undecodable = "DF4021";

    /// <summary>
    /// <c>DF4024</c> (warning): the page declares a charset (<c>&lt;meta charset&gt;</c>, <c>http-equiv</c>, an XML
    /// declaration) that its bytes contradict — they are not valid in it, or they are valid UTF-8 with non-ASCII
    /// characters while a legacy charset is declared — or that this library does not read; the declaration was set
    /// aside and the encoding detected.
    /// </summary>
    public const string DeclaredCharsetContradicted = "DF4024";

    /// <summary>
    /// <c>DF4025</c>: the bytes mix encodings: some lines are clearly UTF-8 and others are not valid UTF-8 (texts saved
    /// in different encodings joined together). No single encoding reads the whole, so nothing is decoded; the
    /// location is the first invalid UTF-8 byte.
    /// </summary>
    public const string MixedEncodings = "DF4025";

    /// <summary>
    /// <c>DF4026</c>: the bytes decode cleanly both as GB18030 and as Big5 and neither reading is clearly more
    /// plausible (see <see cref="ReportTextDecoder"/>); the encoding must be named
    /// (<see cref="ImportOptions.EncodingName"/>, the tool's <c>--encoding</c>).
    /// </summary>
    public const string EncodingAmbiguous = "DF4026";

    /// <summary>
    /// <c>DF4027</c> (information): the text was not UTF-8; the message names the encoding it was decoded with and how
    /// that was decided (the same as <see cref="ImportResult.SourceEncoding"/>).
    /// </summary>
    public const string EncodingUsed = "DF4027";

    /// <summary>
    /// <c>DF4024</c>: rows whose labels are printed apart from their numbers (labels before a run of unlabelled number
    /// lines, in any order, or a label followed by several number lines): which line is whose is not written, so the
    /// numbers are assigned only where the format's sums prove it (an information) and otherwise left blank with the
    /// candidate assignments listed (a warning naming the undecided cells). Never assigned by position alone.
    /// </summary>
    public const string RowsByPosition = "DF4022";

    /// <summary>
    /// <c>DF4023</c>: the text holds more than one report (two titles, or the tables or sections repeated — a page
    /// saved twice, a department's report followed by its sub-unit's). Only the first report is imported; the
    /// diagnostic says where the next one starts. Split the text and import each report on its own.
    /// </summary>
    public const string MoreThanOneReport = "DF4023";

    /// <summary><c>DF4999</c>: the importer failed unexpectedly on this text; the result is incomplete. Please report it.</summary>
    public const string InternalError = "DF4999";
}
