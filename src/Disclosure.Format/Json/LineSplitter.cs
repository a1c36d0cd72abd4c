using System.Buffers;

namespace Disclosure.Format.Json;

/// <summary>
/// Splits a stream into lines for JSON Lines reading with one reusable buffer: a line is handed out as a slice of the
/// buffer, and a line longer than the limit is counted and skipped without being kept, so memory is bounded by the
/// limit whatever the input.
/// </summary>
internal sealed class LineSplitter(int limit) : IDisposable
{
    /// <summary>One line: its 1-based number and its bytes in the buffer, or how long it was when it was too long.</summary>
    public readonly record struct Line(int Number, int Start, int Length, long TooLongBy);

    // A line may carry a '\r' before its '\n': keep room for the limit, that byte and one more to read.
    private readonly int capacity = (int)Math.Min((long)limit + 2, BoundedBuffer.MaxArrayLength);
    private byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(64 * 1024, (long)limit + 2));
    private int start;
    private int end;
    private int scanned;
    private int number;
    private long skipped = -1;
    private bool ended;

    /// <summary>The input has ended and every line has been handed out.</summary>
    public bool Completed => ended && start == end && skipped < 0;

    public bool TryTakeLine(out Line line)
    {
        var newline = new ReadOnlySpan<byte>(buffer, scanned, end - scanned).IndexOf((byte)'\n');
        if (newline >= 0)
        {
            var at = scanned + newline;
            line = Take(at - start);
            start = scanned = at + 1;
            return true;
        }

        scanned = end;
        if (ended && (start < end || skipped >= 0))
        {
            line = Take(end - start);
            start = scanned = end;
            return true;
        }

        if (end - start > limit + 1)
        {
            // Too long to be a document: forget what is buffered, keep counting until the line ends.
            skipped = Math.Max(skipped, 0) + (end - start);
            start = end = scanned = 0;
        }

        line = default;
        return false;
    }

    private Line Take(int length)
    {
        number++;
        var total = Math.Max(skipped, 0) + length;
        var trimmed = length > 0 && buffer[start + length - 1] == (byte)'\r' ? length - 1 : length;
        var wasSkipped = skipped >= 0;
        skipped = -1;
        return wasSkipped || trimmed > limit
            ? new Line(number, start, 0, total)
            : new Line(number, start, trimmed, 0);
    }

    public ReadOnlySpan<byte> Bytes(Line line) => new(buffer, line.Start, line.Length);

    public ArraySegment<byte> FreeSpace()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            scanned -= start;
            start = 0;
        }

        if (end == buffer.Length && buffer.Length < capacity)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, capacity));
            Buffer.BlockCopy(buffer, 0, larger, 0, end);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        return new ArraySegment<byte>(buffer, end, buffer.Length - end);
    }

    public void Advance(int count)
    {
        if (count <= 0) ended = true;
        else end += count;
    }

    public void Dispose()
    {
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }
}
