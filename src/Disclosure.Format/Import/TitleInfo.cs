namespace Disclosure.Format.Import;

/// <summary>What the top of a text says about the report: a crawler's or CMS's header lines, and the title.</summary>
internal sealed class TitleInfo
{
    /// <summary>Index in the original text where the body starts (after header lines).</summary>
    public int BodyStart { get; set; }

    /// <summary>The title from a header line (<c>标题: …</c>), if any.</summary>
    public string? HeaderTitle { get; set; }

    public DateTime? PublishedOn { get; set; }

    public string? SourceUrl { get; set; }
}
