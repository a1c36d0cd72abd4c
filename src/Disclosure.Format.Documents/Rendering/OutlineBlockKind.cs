namespace Disclosure.Format.Documents.Rendering;

internal enum OutlineBlockKind
{
    SubHeading,
    Paragraph,
    Table,
}
