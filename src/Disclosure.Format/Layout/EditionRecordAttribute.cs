namespace Disclosure.Format.Layout;

/// <summary>
/// Marks an edition's catalog declaration with the edition's report record. The row-walker source generator
/// (build/Disclosure.Format.Generators) reads the record and writes, into the marked partial class, the cells'
/// pointers and accessors and the table readers that assemble a report from cells, and, beside it, the validator's
/// slot writer and the single-pass JSON reader's readers of the report and its tables. The report's members are its
/// edition (first), texts, tables (objects that hold rows) and parts the single-pass reader reads by hand
/// (<c>Read{Type}</c>: metadata, overview, other matters).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class EditionRecordAttribute(Type reportType, string jsonEdition) : Attribute
{
    /// <summary>The edition's report record.</summary>
    public Type ReportType { get; } = reportType;

    /// <summary>The edition as a JSON document writes it in <c>"edition"</c> (<c>"2021"</c>).</summary>
    public string JsonEdition { get; } = jsonEdition;
}
