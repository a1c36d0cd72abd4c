using Disclosure.Format.Model;

namespace Disclosure.Format.Layout;

internal sealed record ReportParts(ReportMetadata Metadata, IReadOnlyList<decimal?> Cells)
{
    public static readonly Overview EmptyOverview = new() { Text = string.Empty };

    public static readonly OtherMatters EmptyOtherMatters = new() { Text = string.Empty };
}
