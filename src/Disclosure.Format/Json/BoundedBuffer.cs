using System.Buffers;

namespace Disclosure.Format.Json;

/// <summary>
/// Reads a whole stream into a pooled buffer, but never more than one byte past a limit, so that an endless or huge
/// stream costs at most the limit in memory.
/// </summary>
internal struct BoundedBuffer : IDisposable
{
    /// <summary>The largest array the runtime allocates for bytes (Array.MaxLength, not available on .NET Standard 2.0).</summary>
    internal const int MaxArrayLength = 0x7FFFFFC7;

    private readonly int limit;
    private byte[] buffer;
    private bool ended;

    public BoundedBuffer(Stream stream, int limit)
    {
        this.limit = limit;
        var initial = 16 * 1024;
        if (stream.CanSeek)
        {
            // Size the buffer for the whole stream (plus one byte to see its end) when its length is known.
            var remaining = Math.Max(0, stream.Length - stream.Position);
            initial = (int)Math.Min(remaining + 1, (long)limit + 1);
        }

        buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, Math.Min(initial, MaxArrayLength)));
    }

    /// <summary>The number of bytes read so far.</summary>
    public int Length { get; private set; }

    /// <summary>More than the limit was read: the content is not usable.</summary>
    public readonly bool TooLarge => Length > limit;

    /// <summary>The stream has neither ended nor gone past the limit.</summary>
    public readonly bool NeedsMore => !ended && !TooLarge;

    public readonly ReadOnlySpan<byte> Content => new(buffer, 0, Length);

    /// <summary>Where the next read goes (at most up to one byte past the limit).</summary>
    public ArraySegment<byte> FreeSpace()
    {
        if (Length == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Min((long)buffer.Length * 2, (long)limit + 1), MaxArrayLength));
            Buffer.BlockCopy(buffer, 0, larger, 0, Length);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        return new ArraySegment<byte>(buffer, Length, (int)Math.Min(buffer.Length - Length, (long)limit + 1 - Length));
    }

    public void Advance(int count)
    {
        if (count <= 0) ended = true;
        else Length += count;
    }

    public void Dispose()
    {
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }
}
