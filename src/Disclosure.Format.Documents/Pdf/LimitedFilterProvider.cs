using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Disclosure.Format.Documents.Pdf;

/// <summary>
/// Wraps PdfPig's filters so that no stream decodes past <see cref="PdfReadOptions.MaxStreamBytes"/> and all streams
/// together past <see cref="PdfReadOptions.MaxDecodedBytes"/>. A Flate stream that could inflate past the limit is
/// first inflated into a counter (never stored) and refused before PdfPig allocates its output.
/// </summary>
internal sealed class LimitedFilterProvider : IFilterProvider
{
    private readonly IFilterProvider inner;
    private readonly long maxStream;
    private readonly long maxTotal;
    private long used;

    public LimitedFilterProvider(IFilterProvider inner, long maxStream, long maxTotal)
    {
        this.inner = inner;
        this.maxStream = maxStream;
        this.maxTotal = maxTotal;
    }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters)
    {
        var wrapped = new IFilter[filters.Count];
        for (var i = 0; i < filters.Count; i++) wrapped[i] = new Limited(filters[i], this);
        return wrapped;
    }

    private void Count(long bytes)
    {
        if (bytes > maxStream) throw new DecodeLimitException(maxStream, total: false);
        used += bytes;
        if (used > maxTotal) throw new DecodeLimitException(maxTotal, total: true);
    }

    /// <summary>Inflates into a counter and throws once the output would pass the stream limit; returns quietly on bad data (PdfPig decides).</summary>
    private void Measure(Memory<byte> input)
    {
        var bytes = input.ToArray();
        var start = bytes.Length >= 2 && (bytes[0] & 0x0F) == 8 && ((bytes[0] << 8) | bytes[1]) % 31 == 0 ? 2 : 0;
        try
        {
            using var source = new MemoryStream(bytes, start, bytes.Length - start, writable: false);
            using var inflate = new DeflateStream(source, CompressionMode.Decompress);
            var buffer = new byte[81920];
            long total = 0;
            int n;
            while ((n = inflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += n;
                if (total > maxStream) throw new DecodeLimitException(maxStream, total: false);
            }
        }
        catch (InvalidDataException)
        {
            // Not valid Deflate data: PdfPig's own filter decides what it is worth.
        }
    }

    private sealed class Limited : IFilter
    {
        private readonly IFilter filter;
        private readonly LimitedFilterProvider owner;

        public Limited(IFilter filter, LimitedFilterProvider owner)
        {
            this.filter = filter;
            this.owner = owner;
        }

        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            // Deflate inflates at most about 1 032 times; only a stream that could pass the limit is measured first.
            if (filter is FlateFilter && input.Length * 1100L > owner.maxStream)
            {
                owner.Measure(input);
            }

            var output = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            owner.Count(output.Length);
            return output;
        }
    }
}
