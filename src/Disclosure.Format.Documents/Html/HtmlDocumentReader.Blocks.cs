using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Disclosure.Format.Documents.Html;

/// <summary>The walk over the report's part of the page that writes its paragraphs and tables in order.</summary>
internal sealed partial class HtmlDocumentReader
{
    /// <summary>Walks the report's part of the page in document order, writing paragraphs and tables.</summary>
    private sealed class BlockWalker(HtmlDocumentReader reader, List<DocumentBlock> blocks)
    {
        private readonly TextRun paragraph = new();
        private IElement? paragraphStart;
        private int headingLevel;
        private int tables;

        public void Walk(IElement container)
        {
            // An explicit stack of (node, entering) pairs: no recursion however deep the page (depth is bounded anyway).
            var stack = new Stack<(INode Node, bool Enter)>();
            stack.Push((container, true));
            while (stack.Count > 0)
            {
                var (node, enter) = stack.Pop();
                if (node is IText text)
                {
                    if (paragraph.IsEmpty) paragraphStart = text.ParentElement;
                    paragraph.Append(text.Data);
                    continue;
                }

                if (node is not IElement element)
                {
                    continue;
                }

                var name = element.LocalName;
                if (!enter)
                {
                    if (BlockElements.Contains(name)) Flush();
                    if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6') headingLevel = 0;
                    continue;
                }

                if (element != container && (Skipped.Contains(name) || Hidden(element)))
                {
                    continue;
                }

                if (name == "br")
                {
                    Flush();
                    continue;
                }

                if (name == "table" && element is IHtmlTableElement table && element.QuerySelector("table") is null)
                {
                    Flush();
                    // Numbered as the tables stand in the page, counting one left out for its size.
                    var number = ++tables;
                    if (new TableGridReader(reader, table, number).Read() is { } read)
                    {
                        blocks.Add(read);
                    }

                    continue;
                }

                if (BlockElements.Contains(name))
                {
                    Flush();
                    if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6') headingLevel = name[1] - '0';
                }

                stack.Push((element, false));
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push((children[i], true));
                }
            }

            Flush();
        }

        private void Flush()
        {
            var text = paragraph.Take();
            if (text.Length == 0) return;
            blocks.Add(new DocumentParagraph(text, headingLevel) { Location = reader.Locate(paragraphStart) });
        }
    }

    /// <summary>Text as displayed: runs joined, white space collapsed, lines trimmed, empty lines dropped.</summary>
    internal sealed class TextRun
    {
        private readonly StringBuilder sb = new();
        private bool pendingSpace;

        public bool IsEmpty => sb.Length == 0;

        public void Append(string data)
        {
            foreach (var c in data)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    pendingSpace = sb.Length > 0 && sb[sb.Length - 1] != '\n';
                    continue;
                }

                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }

                sb.Append(c == '\u00A0' ? ' ' : c);
            }
        }

        public void LineBreak()
        {
            pendingSpace = false;
            if (sb.Length > 0 && sb[sb.Length - 1] != '\n') sb.Append('\n');
        }

        public string Take()
        {
            var lines = sb.ToString().Split('\n');
            sb.Clear();
            pendingSpace = false;
            var kept = new List<string>(lines.Length);
            foreach (var line in lines)
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0) kept.Add(trimmed);
            }

            return string.Join("\n", kept);
        }
    }
}
