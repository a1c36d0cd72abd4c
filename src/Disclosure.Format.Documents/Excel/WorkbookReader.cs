using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Excel;

/// <summary>
/// Reads the sheets of an <c>.xlsx</c> package with the Open XML SDK's streaming reader, within the limits of
/// <see cref="ExcelReadOptions"/>: the zip is checked first (part count, each part's and the whole package's
/// uncompressed size, counted while inflating, not trusted from the directory), then every worksheet is streamed
/// cell by cell. Formulas are never evaluated: a cell's saved (cached) value is read. External links are never followed.
/// </summary>
internal static class WorkbookReader
{
    private static readonly byte[] Ole2Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // A reference to another workbook in a formula: [1]Sheet1!A1, '[book.xlsx]Sheet1'!A1, 'C:\path\[book.xlsx]Sheet1'!A1.
    private static readonly Regex ExternalReference = new(@"\[[^\]]+\][^!]*!", RegexOptions.CultureInvariant);

    public static List<SheetContent>? Read(byte[] bytes, string? source, ExcelReadOptions options, List<Diagnostic> diagnostics)
    {
        if (bytes.Length >= Ole2Signature.Length && bytes.Take(Ole2Signature.Length).SequenceEqual(Ole2Signature))
        {
            diagnostics.Add(ExcelMessages.Error(ExcelCodes.LegacyWorkbook, source, null, null, ExcelMessages.LegacyWorkbook));
            return null;
        }

        if (bytes.Length > options.MaxPackageBytes)
        {
            diagnostics.Add(ExcelMessages.Error(ExcelCodes.PackageTooLarge, source, null, null, ExcelMessages.FileTooLarge(bytes.Length, options.MaxPackageBytes)));
            return null;
        }

        if (!CheckPackage(bytes, source, options, diagnostics))
        {
            return null;
        }

        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false, new OpenSettings
            {
                MaxCharactersInPart = options.MaxPartBytes,
                AutoSave = false,
            });
            var workbook = document.WorkbookPart;
            if (workbook?.Workbook?.Sheets is not { } sheets)
            {
                diagnostics.Add(NotAWorkbook(source, ExcelMessages.WhyNoWorkbookPart));
                return null;
            }

            if (workbook.ExternalWorkbookParts.Any())
            {
                var count = workbook.ExternalWorkbookParts.Count();
                diagnostics.Add(ExcelMessages.Warning(ExcelCodes.ExternalLink, source, null, null, ExcelMessages.ExternalLink(count)));
            }

            var strings = SharedStrings(workbook);
            var result = new List<SheetContent>();
            var number = 0;
            foreach (var sheet in sheets.Elements<Sheet>())
            {
                number++;
                if (sheet.Id?.Value is not { } id || !workbook.TryGetPartById(id, out var part) || part is not WorksheetPart worksheet)
                {
                    continue; // a chart sheet or a dangling reference: no cells
                }

                result.Add(ReadSheet(worksheet, sheet.Name?.Value ?? $"Sheet{number}", number, strings, source, options, diagnostics));
            }

            return result;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            diagnostics.Add(NotAWorkbook(source, ExcelMessages.WhyPackageUnreadable(e.GetType().Name)));
            return null;
        }
    }

    private static Diagnostic NotAWorkbook(string? source, Message why) =>
        ExcelMessages.Error(ExcelCodes.NotAWorkbook, source, null, null, ExcelMessages.NotAWorkbook(why));

    /// <summary>Checks the zip before the SDK opens it: the part count, and each part's size as inflated (never trusting the directory).</summary>
    private static bool CheckPackage(byte[] bytes, string? source, ExcelReadOptions options, List<Diagnostic> diagnostics)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > options.MaxParts)
            {
                diagnostics.Add(ExcelMessages.Error(ExcelCodes.TooManyParts, source, null, null, ExcelMessages.TooManyParts(zip.Entries.Count, options.MaxParts)));
                return false;
            }

            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                long size = 0;
                using (var stream = entry.Open())
                {
                    int read;
                    while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        size += read;
                        total += read;
                        if (size > options.MaxPartBytes)
                        {
                            diagnostics.Add(ExcelMessages.Error(ExcelCodes.PartTooLarge, source, null, null, ExcelMessages.PartTooLarge(entry.FullName, options.MaxPartBytes)));
                            return false;
                        }

                        if (total > options.MaxPackageBytes)
                        {
                            diagnostics.Add(ExcelMessages.Error(ExcelCodes.PackageTooLarge, source, null, null, ExcelMessages.PackageTooLarge(options.MaxPackageBytes)));
                            return false;
                        }
                    }
                }
            }

            // Every part's nesting depth, before the SDK builds any element: it loads elements recursively, so 100 000
            // nested elements (a few hundred KB) would overflow the stack and end the process. Not by name: the content
            // types, not the names, say which parts are XML, so every part is read until it proves not to be XML (an
            // image fails at its first bytes); a part that is not well-formed is left to the SDK, which reports it.
            foreach (var entry in zip.Entries)
            {
                if (TooDeep(entry, options.MaxXmlDepth))
                {
                    diagnostics.Add(ExcelMessages.Error(DocumentCodes.NestingTooDeep, source, null, null, ExcelMessages.NestingTooDeep(entry.FullName, options.MaxXmlDepth)));
                    return false;
                }
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                diagnostics.Add(NotAWorkbook(source, ExcelMessages.WhyNoContentTypes));
                return false;
            }

            return true;
        }
        catch (InvalidDataException)
        {
            diagnostics.Add(NotAWorkbook(source, ExcelMessages.WhyNotAZip));
            return false;
        }
    }

    private static readonly XmlReaderSettings ScanSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Whether the part holds an element nested deeper than <paramref name="maxDepth"/> (its size was checked before).</summary>
    private static bool TooDeep(ZipArchiveEntry entry, int maxDepth)
    {
        using var stream = entry.Open();
        try
        {
            using var reader = XmlReader.Create(stream, ScanSettings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= maxDepth)
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is XmlException or ArgumentException)
        {
            // Not XML, or not well-formed (System.Xml throws an ArgumentException on some damaged declarations): nothing the SDK would nest; if it parses the part, it reports it.
        }

        return false;
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var list = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return list;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                list.Add(ItemText((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return list;
    }

    /// <summary>The text of a shared or inline string as displayed: its plain text, or its rich-text runs joined (never the phonetic guide).</summary>
    private static string ItemText(OpenXmlCompositeElement item)
    {
        if (item.GetFirstChild<Text>() is { } text)
        {
            return text.Text;
        }

        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? string.Empty));
    }

    private static SheetContent ReadSheet(WorksheetPart part, string name, int number, List<string> strings, string? source,
        ExcelReadOptions options, List<Diagnostic> diagnostics)
    {
        var sheet = new SheetContent(name, number);
        var rows = 0;
        var nextRow = 0;
        var currentRow = 0;
        var nextColumnInRow = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(Row))
            {
                if (++rows > options.MaxRows)
                {
                    diagnostics.Add(ExcelMessages.Warning(ExcelCodes.SheetTooLarge, source, name, null, ExcelMessages.TooManyRows(name, options.MaxRows)));
                    break;
                }

                var index = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                nextRow = index is not null && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r >= 1 ? r - 1 : nextRow;
                nextColumnInRow = 0;
                currentRow = nextRow;
                nextRow++;
            }
            else if (reader.ElementType == typeof(Cell))
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var (row, column) = Position(cell.CellReference?.Value, currentRow, nextColumnInRow);
                nextColumnInRow = column + 1;
                var address = Rendering.ExcelReportRenderer.Address(row, column);
                var value = CellText(cell, strings, source, name, address, diagnostics);
                if (value is { } v && v.Text.Length > 0)
                {
                    if (sheet.Cells.Count >= options.MaxCells)
                    {
                        diagnostics.Add(ExcelMessages.Warning(ExcelCodes.SheetTooLarge, source, name, address, ExcelMessages.TooManyCells(name, options.MaxCells)));
                        break;
                    }

                    sheet.Cells[(row, column)] = v;
                }
            }
            else if (reader.ElementType == typeof(MergeCell))
            {
                var reference = reader.Attributes.FirstOrDefault(a => a.LocalName == "ref").Value;
                if (reference is not null && Range(reference) is { } range)
                {
                    sheet.Merges.Add(range);
                }
            }
        }

        return sheet;
    }

    private static SheetCell? CellText(Cell cell, List<string> strings, string? source, string sheet, string address, List<Diagnostic> diagnostics)
    {
        var formula = cell.CellFormula?.Text;
        var raw = cell.CellValue?.Text;
        if (!string.IsNullOrEmpty(formula))
        {
            if (ExternalReference.IsMatch(formula!))
            {
                diagnostics.Add(ExcelMessages.Warning(ExcelCodes.ExternalFormula, source, sheet, address, ExcelMessages.ExternalFormula(formula!)));
            }

            if (raw is null)
            {
                diagnostics.Add(ExcelMessages.Warning(ExcelCodes.FormulaWithoutValue, source, sheet, address, ExcelMessages.FormulaWithoutValue(formula!)));
                return null;
            }
        }

        // The type attribute is read as its text: the SDK's typed value throws on a value outside its enumeration, which
        // a damaged or hand-made file can hold.
        var type = cell.DataType?.InnerText;
        if (type is not (null or "" or "n" or "s" or "inlineStr" or "b" or "str" or "e" or "d"))
        {
            diagnostics.Add(ExcelMessages.Warning(ExcelCodes.UnknownCellType, source, sheet, address, ExcelMessages.UnknownCellType(type)));
            return null;
        }

        if (type == "s")
        {
            return raw is not null && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count
                ? new SheetCell(strings[i], false)
                : null;
        }

        if (type == "inlineStr")
        {
            return cell.InlineString is { } inline ? new SheetCell(ItemText(inline), false) : null;
        }

        if (raw is null)
        {
            return null;
        }

        if (type == "b")
        {
            return new SheetCell(raw == "1" ? "TRUE" : "FALSE", false);
        }

        if (type is "str" or "e" or "d")
        {
            return new SheetCell(raw, false);
        }

        return new SheetCell(NumberText(raw), true);
    }

    /// <summary>A stored number as Excel displays it in the General format: at most 15 significant digits, no exponent for a report's magnitudes.</summary>
    internal static string NumberText(string raw)
    {
        if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) && raw.Length <= 16)
        {
            return exact.ToString(CultureInfo.InvariantCulture) is var s && s.Contains('.') ? s.TrimEnd('0').TrimEnd('.') : s;
        }

        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsNaN(d) && !double.IsInfinity(d)
            && Math.Abs(d) < 7.9e27)
        {
            var rounded = Convert.ToDecimal(d); // 15 significant digits, as Excel shows
            var s = rounded.ToString(CultureInfo.InvariantCulture);
            return s.Contains('.') ? s.TrimEnd('0').TrimEnd('.') : s;
        }

        return raw;
    }

    private static (int Row, int Column) Position(string? reference, int row, int column)
    {
        if (reference is null || Parse(reference, 0) is not { } parsed)
        {
            return (row, column);
        }

        return parsed;
    }

    /// <summary>Parses an A1 reference (<c>B5</c>, <c>$B$5</c>) to a 0-based row and column.</summary>
    internal static (int Row, int Column)? Parse(string reference, int start)
    {
        var i = start;
        var column = 0;
        if (i < reference.Length && reference[i] == '$') i++;
        var letters = 0;
        while (i < reference.Length && reference[i] is >= 'A' and <= 'Z' or >= 'a' and <= 'z' && letters < 4)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
            letters++;
        }

        if (letters == 0 || column > 16384) return null;
        if (i < reference.Length && reference[i] == '$') i++;
        var row = 0;
        var digits = 0;
        while (i < reference.Length && reference[i] is >= '0' and <= '9' && digits < 8)
        {
            row = row * 10 + (reference[i] - '0');
            i++;
            digits++;
        }

        if (digits == 0 || row < 1 || row > 1_048_576 || i != reference.Length && reference[i] != ':') return null;
        return (row - 1, column - 1);
    }

    private static MergedRange? Range(string reference)
    {
        var colon = reference.IndexOf(':');
        if (colon < 0) return null;
        if (Parse(reference.Substring(0, colon), 0) is not { } a || Parse(reference.Substring(colon + 1), 0) is not { } b) return null;
        return new MergedRange(Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column), Math.Max(a.Row, b.Row), Math.Max(a.Column, b.Column));
    }
}
