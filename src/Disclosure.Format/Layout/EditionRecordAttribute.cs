namespace Disclosure.Format.Layout;

/// <summary>
/// Marks an edition's catalog declaration with the edition's report record. The row-walker source generator
/// (build/Disclosure.Format.Generators) reads the record and writes, into the marked partial class, the cells'
/// pointers and accessors and the table readers that assemble a report from cells, and, beside it, the validator's
/// slot writer and the single-pass JSON reader's object readers for the record's tables.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class EditionRecordAttribute(Type reportType) : Attribute
{
    /// <summary>The edition's report record.</summary>
    public Type ReportType { get; } = reportType;
}
