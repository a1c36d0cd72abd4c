using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Hardening;

/// <summary>The documented limits (docs/security.md): each is enforced with its own DF5xxx code, never an exception.</summary>
public sealed class LimitTests
{
    private static byte[] Seed => File.ReadAllBytes(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.json"));

    [Fact]
    public void The_default_limit_is_16_MiB_and_a_real_report_is_far_below_it()
    {
        Assert.Equal(16 * 1024 * 1024, DisclosureJsonOptions.Default.MaxDocumentBytes);
        Assert.True(Seed.Length < DisclosureJsonOptions.Default.MaxDocumentBytes / 1000);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureJsonOptions { MaxDocumentBytes = 0 });
    }

    [Fact]
    public async Task A_document_over_the_size_limit_fails_with_DF5000_from_bytes_string_and_stream()
    {
        var seed = Seed;
        var options = new DisclosureJsonOptions { MaxDocumentBytes = seed.Length - 1 };
        var results = new[]
        {
            DisclosureJson.Read(seed, "big.json", options),
            DisclosureJson.Read(Encoding.UTF8.GetString(seed), "big.json", options),
            DisclosureJson.Read(new MemoryStream(seed), "big.json", options),
            DisclosureJson.Read(new NonSeekableStream(seed), "big.json", options),
            await DisclosureJson.ReadAsync(new NonSeekableStream(seed), "big.json", options, TestContext.Current.CancellationToken),
        };
        foreach (var result in results)
        {
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal(LimitCodes.DocumentTooLarge, d.Code);
            Assert.Equal("", d.Pointer);
            Assert.Equal("big.json", d.Location?.Source);
            Assert.Contains((seed.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), d.Message, StringComparison.Ordinal);
        }

        // At exactly the limit the same document is read.
        Assert.True(DisclosureJson.Read(seed, null, new DisclosureJsonOptions { MaxDocumentBytes = seed.Length }).Succeeded);
        Assert.True(DisclosureJson.Read(new NonSeekableStream(seed), null, new DisclosureJsonOptions { MaxDocumentBytes = seed.Length }).Succeeded);
    }

    [Fact]
    public async Task A_seekable_stream_over_the_limit_is_refused_without_being_read()
    {
        var seed = Seed;
        var options = new DisclosureJsonOptions { MaxDocumentBytes = 100 };
        var sync = new CountingStream(seed);
        var d = Assert.Single(DisclosureJson.Read(sync, "big.json", options).Diagnostics);
        Assert.Equal(LimitCodes.DocumentTooLarge, d.Code);
        Assert.Contains($"is {seed.Length} bytes", d.Message, StringComparison.Ordinal);
        Assert.Equal(0, sync.BytesRead);

        var async = new CountingStream(seed);
        var result2 = await DisclosureJson.ReadAsync(async, "big.json", options, TestContext.Current.CancellationToken);
        Assert.Equal(LimitCodes.DocumentTooLarge, Assert.Single(result2.Diagnostics).Code);
        Assert.Equal(0, async.BytesRead);
    }

    [Fact]
    public void An_endless_stream_is_not_read_past_the_limit()
    {
        var endless = new EndlessStream();
        var result = DisclosureJson.Read(endless, null, new DisclosureJsonOptions { MaxDocumentBytes = 1000 });
        Assert.Equal(LimitCodes.DocumentTooLarge, Assert.Single(result.Diagnostics).Code);
        Assert.InRange(endless.Position, 1001, 1001 + 64 * 1024);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{\"a\":")]
    public void Nesting_past_64_levels_fails_with_DF5001(string opener)
    {
        // The edition is not first, so the reader scans the nesting before it; either way no stack is exhausted.
        var deep = "{\"a\":" + string.Concat(Enumerable.Repeat(opener, 10_000)) + "1";
        var d = Assert.Single(DisclosureJson.Read(deep, "deep.json").Diagnostics);
        Assert.Equal(LimitCodes.NestingTooDeep, d.Code);
        Assert.Equal(1, d.Location!.Line);
        Assert.Contains("64", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_document_is_malformed_not_too_deep()
    {
        // System.Text.Json's message for it also speaks of "depth"; it must stay DF0001.
        var seed = File.ReadAllText(Paths.Fixture("2021", "valid-seed-quxian-shangwuju-2023.json")).TrimEnd().TrimEnd('}');
        Assert.Equal(JsonCodes.MalformedJson, Assert.Single(DisclosureJson.Read(seed).Diagnostics).Code);
        Assert.Equal(JsonCodes.MalformedJson, Assert.Single(DisclosureJson.Read("{\"a\":[[[").Diagnostics).Code);
    }

    [Fact]
    public void Nesting_at_a_member_of_another_type_is_a_type_error_not_a_crash()
    {
        var deep = "{\"edition\":\"2021\",\"metadata\":" + new string('[', 100_000);
        var d = Assert.Single(DisclosureJson.Read(deep).Diagnostics);
        Assert.Equal(JsonCodes.WrongType, d.Code);
        Assert.Equal("/metadata", d.Pointer);
    }

    [Fact]
    public void Every_limit_code_is_distinct_and_in_its_range()
    {
        var codes = typeof(LimitCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.InRange(int.Parse(c.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture), 5000, 5099));
        Assert.Contains(LimitCodes.DocumentTooLarge, codes);
        Assert.Contains(LimitCodes.NestingTooDeep, codes);
    }

    internal sealed class NonSeekableStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream inner = new(bytes);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        // Hand out small, uneven pieces to exercise buffer growth and line splitting across reads.
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 1 + (int)(inner.Position % 977)));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A seekable stream over bytes that counts what is read from it.</summary>
    internal sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = base.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            var n = Read(buffer, offset, count);
            return Task.FromResult(n);
        }
    }

    /// <summary>A stream of '[' that never ends; counts what was read.</summary>
    internal sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get; set; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'[');
            Position += count;
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
