namespace Disclosure.Format.Import;

internal enum AnchorKind
{
    Section,
    Part,
    Group,
    Row,
}
