using System.Buffers;

namespace Disclosure.Format.Json;

/// <summary>An <see cref="IBufferWriter{T}"/> over arrays from the shared pool: writing a report allocates only its result.</summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);

    /// <summary>The array written so far (valid up to <see cref="Count"/>).</summary>
    public byte[] Array => buffer;

    public int Count { get; private set; }

    public ReadOnlySpan<byte> Written => new(buffer, 0, Count);

    public void Advance(int count)
    {
        if (count < 0 || Count + count > buffer.Length) throw new ArgumentOutOfRangeException(nameof(count));
        Count += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsMemory(Count);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsSpan(Count);
    }

    private void Ensure(int sizeHint)
    {
        var needed = (long)Count + Math.Max(sizeHint, 1);
        if (needed <= buffer.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(needed, (long)buffer.Length * 2), BoundedBuffer.MaxArrayLength));
        Buffer.BlockCopy(buffer, 0, larger, 0, Count);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }

    public void Dispose()
    {
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
        Count = 0;
    }
}
