using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Excel;

/// <summary>The Excel reader's diagnostics, located by file, sheet and cell address, with messages in English and Chinese.</summary>
internal static class ExcelMessages
{
    public static Diagnostic Error(string code, string? source, string? sheet, string? address, string message, string messageZh) =>
        Create(code, DiagnosticSeverity.Error, source, sheet, address, message, messageZh);

    public static Diagnostic Warning(string code, string? source, string? sheet, string? address, string message, string messageZh) =>
        Create(code, DiagnosticSeverity.Warning, source, sheet, address, message, messageZh);

    public static Diagnostic Create(string code, DiagnosticSeverity severity, string? source, string? sheet, string? address, string message, string messageZh)
    {
        var where = sheet is null ? string.Empty : address is null ? $"'{sheet}': " : $"'{sheet}'!{address}: ";
        return new Diagnostic
        {
            Code = code,
            Severity = severity,
            Pointer = string.Empty,
            Message = where + message,
            MessageZh = where + messageZh,
            Location = Location(source, sheet, address),
        };
    }

    public static SourceLocation? Location(string? source, string? sheet, string? address) =>
        source is null && sheet is null ? null : new SourceLocation { Source = source, Sheet = sheet, Address = address };
}
