using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Disclosure.Format.Documents.Pdf;

/// <summary>A decoded stream went past a limit of <see cref="PdfReadOptions"/>; thrown through PdfPig and caught by the reader.</summary>
internal sealed class DecodeLimitException : Exception
{
    public DecodeLimitException(long limit, bool total)
        : base(total ? "The decoded streams are over the total limit." : "A decoded stream is over the limit.")
    {
        Limit = limit;
        Total = total;
    }

    public long Limit { get; }

    public bool Total { get; }
}
