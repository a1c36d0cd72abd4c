using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Pdf;

/// <summary>One cell of a table found on a page, before the table is numbered.</summary>
internal sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text, int Page, PageBox Box);
