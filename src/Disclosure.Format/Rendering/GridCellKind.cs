namespace Disclosure.Format.Rendering;

internal enum GridCellKind
{
    Label,
    Header,
    Value,
}
