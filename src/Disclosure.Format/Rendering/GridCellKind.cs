using System.Globalization;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Rendering;

internal enum GridCellKind
{
    Label,
    Header,
    Value,
}
