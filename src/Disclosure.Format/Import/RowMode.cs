namespace Disclosure.Format.Import;

/// <summary>How the cells of a row were delimited in the text.</summary>
internal enum RowMode
{
    Spaces,
    Tabs,
    Pipes,
    Lines,
}
