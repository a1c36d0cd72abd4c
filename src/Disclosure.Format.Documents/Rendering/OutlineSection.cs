using Disclosure.Format.Layout;

namespace Disclosure.Format.Documents.Rendering;

/// <summary>A section of the report with its heading (from the catalog) and its blocks.</summary>
internal sealed record OutlineSection(SectionLayout Layout, IReadOnlyList<OutlineBlock> Blocks);
