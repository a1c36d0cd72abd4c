namespace Disclosure.Format.Cli;

/// <summary>What an input is, as <see cref="InputFormats.Detect"/> tells it from its bytes and its name.</summary>
internal enum InputFormat
{
    /// <summary>Our canonical JSON.</summary>
    Json,

    /// <summary>Report text (plain text, Markdown), read by <c>ReportTextImporter</c>.</summary>
    Text,

    /// <summary>An HTML page, read as a grid by <c>ReportDocumentImporter.ImportHtml</c>.</summary>
    Html,

    /// <summary>A Word package (<c>.docx</c>), or a binary Word 97–2003 file (<c>.doc</c>), which the Word reader reports.</summary>
    Word,

    /// <summary>An Excel package (<c>.xlsx</c>), or a binary Excel 97–2003 file (<c>.xls</c>), which the workbook reader reports.</summary>
    Excel,

    /// <summary>A PDF file (<c>%PDF-</c>).</summary>
    Pdf,
}

