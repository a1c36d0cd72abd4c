using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MathText = DocumentFormat.OpenXml.Math.Text;

namespace Disclosure.Format.Documents.Word;

/// <summary>
/// The text of paragraphs as Word displays it: <c>w:t</c>; <c>w:tab</c> and <c>w:ptab</c> as a tab; <c>w:br</c> and
/// <c>w:cr</c> as <c>\n</c>; <c>w:noBreakHyphen</c> as <c>-</c>; <c>w:sym</c> as its character; the results of fields
/// (simple and complex), never their codes; inserted and moved-in runs, never deleted or moved-away ones; runs hidden
/// by <c>w:vanish</c> (directly, through their character style or the paragraph's style) left out; footnote marks,
/// drawings, objects and soft hyphens show nothing that belongs to the text.
/// </summary>
internal sealed partial class WordBodyReader
{
    private const int MaxFieldNesting = 64;

    private readonly StringBuilder text = new();

    /// <summary>The open fields: <see langword="true"/> while a field is in its code (before <c>separate</c>).</summary>
    private readonly List<bool> fields = [];
    private int fieldsInCode;
    private int fieldOverflow;

    private string ParagraphText(Paragraph paragraph, string? hidingParagraphStyle)
    {
        text.Clear();
        Inline(paragraph, hidingParagraphStyle is not null);
        return text.ToString();
    }

    /// <summary>Appends the displayed text of a paragraph's or container's inline children.</summary>
    private void Inline(OpenXmlElement container, bool hiddenByParagraph)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case Run run:
                    RunText(run, hiddenByParagraph);
                    break;
                case ParagraphProperties or DeletedRun or MoveFromRun or SdtProperties or SdtEndCharProperties:
                    break;
                case SimpleField field:
                    Inline(field, hiddenByParagraph); // its runs are the field's result
                    break;
                case SdtRun sdt:
                    if (sdt.SdtContentRun is { } content) Inline(content, hiddenByParagraph);
                    break;
                case SubDocumentReference:
                    if (!reportedSubDocument)
                    {
                        reportedSubDocument = true;
                        Report(WordCodes.ContentNotRead, Diagnostics.DiagnosticSeverity.Warning, WordMessages.SubDocument, null);
                    }

                    break;
                case MathText math:
                    if (fieldsInCode == 0) text.Append(math.Text);
                    break;
                case OpenXmlLeafElement:
                    break;
                case DocumentFormat.OpenXml.AlternateContent:
                    break;
                default:
                    // Hyperlinks, inserted and moved-in runs, smart tags, custom XML, bidirectional embeddings, math:
                    // containers whose runs are displayed.
                    if (child.HasChildren)
                    {
                        Inline(child, hiddenByParagraph);
                    }

                    break;
            }
        }
    }

    private void RunText(Run run, bool hiddenByParagraph)
    {
        var hidden = Hidden(run.RunProperties, hiddenByParagraph);
        for (var child = run.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case FieldChar fieldChar:
                    Field(fieldChar);
                    continue;
                case RunProperties:
                    continue;
            }

            if (hidden || fieldsInCode > 0)
            {
                continue;
            }

            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case SymbolChar symbol:
                    Symbol(symbol);
                    break;
                case Ruby ruby:
                    if (ruby.RubyBase is { } rubyBase) Inline(rubyBase, hiddenByParagraph);
                    break;
            }
        }
    }

    /// <summary>
    /// Whether a run is hidden: its own <c>w:vanish</c> decides when it has one (<c>w:val="false"</c> shows a run that a
    /// style hides); otherwise its character style, otherwise the paragraph's style.
    /// </summary>
    private bool Hidden(RunProperties? properties, bool hiddenByParagraph)
    {
        if (properties is null)
        {
            return hiddenByParagraph;
        }

        if (properties.Vanish is { } vanish)
        {
            return WordValues.On(vanish.Val, true);
        }

        return styles.Hides(WordValues.Text(properties.RunStyle?.Val)) || hiddenByParagraph;
    }

    /// <summary>Follows a complex field: text between <c>begin</c> and <c>separate</c> is its code, not displayed.</summary>
    private void Field(FieldChar fieldChar)
    {
        var type = WordValues.Text(fieldChar.FieldCharType);
        if (type == "begin")
        {
            if (fields.Count >= MaxFieldNesting)
            {
                fieldOverflow++;
                return;
            }

            fields.Add(true);
            fieldsInCode++;
        }
        else if (type == "separate")
        {
            if (fieldOverflow == 0 && fields.Count > 0 && fields[fields.Count - 1])
            {
                fields[fields.Count - 1] = false;
                fieldsInCode--;
            }
        }
        else if (type == "end")
        {
            if (fieldOverflow > 0)
            {
                fieldOverflow--;
            }
            else if (fields.Count > 0)
            {
                if (fields[fields.Count - 1]) fieldsInCode--;
                fields.RemoveAt(fields.Count - 1);
            }
        }
    }

    /// <summary>Fields never cross a table cell: whatever is left open at a cell's end is closed there.</summary>
    private void CloseFields()
    {
        fields.Clear();
        fieldsInCode = 0;
        fieldOverflow = 0;
    }

    /// <summary>
    /// A <c>w:sym</c> character. Symbol fonts address their glyphs at U+F020–U+F0FF, where Symbol and Wingdings place
    /// their ASCII-compatible characters at the ASCII code plus F000; those are written as the ASCII character.
    /// </summary>
    private void Symbol(SymbolChar symbol)
    {
        if (WordValues.Text(symbol.Char) is not { } hex
            || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) || code is <= 0 or > 0xFFFF)
        {
            return;
        }

        if (code is >= 0xF020 and <= 0xF07E)
        {
            code -= 0xF000;
        }

        if (!char.IsSurrogate((char)code))
        {
            text.Append((char)code);
        }
    }
}
