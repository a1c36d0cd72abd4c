using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Pdf;

/// <summary>A row of an unruled table whose numbers could not be placed in its columns without guessing.</summary>
internal readonly record struct UnplacedRow(int Page, PageBox Box, string Numbers);
