using System.Globalization;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Documents.Rendering;

internal enum OutlineBlockKind
{
    SubHeading,
    Paragraph,
    Table,
}
