using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Hardening;

/// <summary>Streaming reads of JSON Lines: one result per non-blank line, file line numbers in diagnostics, bounded memory.</summary>
public sealed class JsonLinesTests
{
    /// <summary>Every readable fixture compacted to one line, in the fixture folder's order.</summary>
    private static List<string> CompactFixtures() => Fixtures.ReadableDocuments()
        .Select(f => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(Paths.Fixtures, f)))!.ToJsonString())
        .ToList();

    [Fact]
    public void Each_line_is_read_with_its_line_number_and_errors_are_located_in_the_file()
    {
        var lines = CompactFixtures();
        // An unknown property right after the edition ("edition":"2019", or "2021",).
        var afterEdition = lines[0].IndexOf("\",", lines[0].IndexOf("\"edition\":", StringComparison.Ordinal), StringComparison.Ordinal) + 2;
        var bad = lines[0].Insert(afterEdition, "\"bogus\":1,");
        var text = string.Join("\n", lines) + "\n\n   \r\n" + bad + "\r\n" + lines[1];
        var results = DisclosureJson.ReadLines(new MemoryStream(Encoding.UTF8.GetBytes(text)), "many.jsonl").ToList();

        Assert.Equal(lines.Count + 2, results.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.True(results[i].Succeeded, string.Join("\n", results[i].Diagnostics));
            Assert.Equal(i + 1, results[i].Line);
            Assert.Equal(DisclosureJson.Read(lines[i]).Report, results[i].Report);
        }

        var failed = results[lines.Count];
        Assert.Equal(lines.Count + 3, failed.Line);
        var d = Assert.Single(failed.Diagnostics);
        Assert.Equal(JsonCodes.UnknownProperty, d.Code);
        Assert.Equal("/bogus", d.Pointer);
        Assert.Equal(new SourceLocation { Source = "many.jsonl", Line = lines.Count + 3, Column = bad.IndexOf("1,", StringComparison.Ordinal) + 1 }, d.Location);
        Assert.True(results[^1].Succeeded);
        Assert.Equal(lines.Count + 4, results[^1].Line);
    }

    [Fact]
    public async Task Async_reading_agrees_with_sync_reading_over_uneven_reads()
    {
        var text = Encoding.UTF8.GetBytes(string.Join("\n", CompactFixtures()) + "\n{\"edition\":\"2021\"}\n[]");
        var sync = DisclosureJson.ReadLines(new LimitTests.NonSeekableStream(text), "x.jsonl").ToList();
        var async = new List<ReadResult>();
        await foreach (var r in DisclosureJson.ReadLinesAsync(new LimitTests.NonSeekableStream(text), "x.jsonl", null, TestContext.Current.CancellationToken))
        {
            async.Add(r);
        }

        Assert.Equal(sync.Count, async.Count);
        Assert.Equal(sync.Select(r => (r.Line, r.Report, string.Join("|", r.Diagnostics))), async.Select(r => (r.Line, r.Report, string.Join("|", r.Diagnostics))));
        Assert.Equal(JsonCodes.MissingProperty, sync[^2].Diagnostics[0].Code);
        Assert.Equal(JsonCodes.RootNotObject, sync[^1].Diagnostics[0].Code);
    }

    [Fact]
    public void A_line_over_the_limit_is_skipped_and_reported_while_the_next_is_read()
    {
        var line = CompactFixtures()[0];
        var huge = "{\"edition\":\"2021\",\"preamble\":\"" + new string('x', 200_000) + "\"}";
        var text = Encoding.UTF8.GetBytes(line + "\n" + huge + "\n" + line + "\n" + huge);
        var options = new DisclosureJsonOptions { MaxDocumentBytes = Encoding.UTF8.GetByteCount(line) };
        var results = DisclosureJson.ReadLines(new LimitTests.NonSeekableStream(text), "x.jsonl", options).ToList();

        Assert.Equal([1, 2, 3, 4], results.Select(r => r.Line));
        Assert.True(results[0].Succeeded);
        Assert.True(results[2].Succeeded);
        foreach (var r in new[] { results[1], results[3] })
        {
            var d = Assert.Single(r.Diagnostics);
            Assert.Equal(LimitCodes.DocumentTooLarge, d.Code);
            Assert.Contains(Encoding.UTF8.GetByteCount(huge).ToString(System.Globalization.CultureInfo.InvariantCulture), d.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Memory_does_not_grow_with_the_number_of_reports()
    {
        var line = Encoding.UTF8.GetBytes(CompactFixtures()[0] + "\n");

        static long AllocatedWhileReading(byte[] line, int count)
        {
            var stream = new RepeatingStream(line, count);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var read = 0;
            foreach (var result in DisclosureJson.ReadLines(stream))
            {
                Assert.True(result.Succeeded);
                read++;
            }

            Assert.Equal(count, read);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        AllocatedWhileReading(line, 10); // warm up
        var few = AllocatedWhileReading(line, 100);
        var many = AllocatedWhileReading(line, 1000);
        // Per-report garbage (the reports themselves) is linear; the reader's own buffers must not be. Compare per report.
        Assert.InRange(many / 1000.0, 0, few / 100.0 * 1.05);
        // And nothing read stays alive: the reader keeps no report (nor its buffer) once the caller has moved on.
        // (Weak references rather than GC.GetTotalMemory, which other tests running in parallel would disturb.)
        var read = ReadKeepingWeakReferences(line, 2000);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.Equal(20, read.Count);
        Assert.DoesNotContain(read, r => r.IsAlive);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static List<WeakReference> ReadKeepingWeakReferences(byte[] line, int count)
    {
        var references = new List<WeakReference>();
        var n = 0;
        foreach (var result in DisclosureJson.ReadLines(new RepeatingStream(line, count)))
        {
            if (n++ % 100 == 0) references.Add(new WeakReference(result.Report));
        }

        return references;
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => DisclosureJson.ReadLines(null!));
        Assert.Throws<ArgumentNullException>(() => DisclosureJson.ReadLinesAsync(null!, cancellationToken: TestContext.Current.CancellationToken));
    }

    /// <summary>The same line <c>count</c> times, produced on demand (nothing proportional to the count is held).</summary>
    internal sealed class RepeatingStream(byte[] line, int count) : Stream
    {
        private long position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => position; set => throw new NotSupportedException(); }
        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count1)
        {
            var total = (long)line.Length * count;
            var n = (int)Math.Min(count1, total - position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = line[(int)((position + i) % line.Length)];
            }

            position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count1) => throw new NotSupportedException();
    }
}
