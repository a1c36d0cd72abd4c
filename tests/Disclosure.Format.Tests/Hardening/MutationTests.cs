using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Tests.Hardening;

/// <summary>
/// Thousands of random byte and token mutations of every fixture (fixed seed, a few seconds): every reader returns a
/// result or its documented error and never throws anything else or hangs (see docs/security.md).
/// </summary>
public sealed class MutationTests
{
    private const int Seed = 20211;
    private const int MutantsPerKind = 4000;

    /// <summary>Tokens that stress the converters: wrong types, limits of the number types, escapes, bad UTF-8.</summary>
    private static readonly string[] Replacements =
    [
        "null", "true", "false", "0", "-0", "-1", "1.5", "3.0", "1e2", "1e400", "-1e400", "2147483647", "2147483648",
        "-2147483649", "79228162514264337593543950335", "79228162514264337593543950336", "0.00000000000000000000000000001",
        "\"\"", "\"2019\"", "\"2021\"", "\"2021-02-30\"", "\"9999-12-31\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\uDFFF\\uD800\"",
        "\"\u00e9\u6e20\"", "{}", "[]", "[null]", "{\"edition\":\"2021\"}", "\"edition\"", new string('[', 200), "\"\\\"",
    ];

    private static readonly byte[] Punctuation = "{}[]\":,\\\u0000-0e.\t"u8.ToArray();

    private static readonly byte[][] Documents = Fixtures.Documents("valid-", "arith-", "invalid-")
        .Select(f => File.ReadAllBytes(Path.Combine(Paths.Fixtures, f)))
        .ToArray();

    [Fact(Timeout = 120_000)]
    public async Task Byte_mutations_give_a_result_or_a_documented_error()
    {
        await Task.Run(() => Run(ByteMutant), TestContext.Current.CancellationToken);
    }

    [Fact(Timeout = 120_000)]
    public async Task Token_mutations_give_a_result_or_a_documented_error()
    {
        await Task.Run(() => Run(TokenMutant), TestContext.Current.CancellationToken);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_JSON_Lines_stream_of_mutants_gives_one_result_per_line()
    {
        await Task.Run(
            () =>
            {
                var random = new Random(Seed);
                var lines = new List<byte[]>();
                for (var i = 0; i < 300; i++)
                {
                    var compact = Compact(Documents[random.Next(Documents.Length)]);
                    var mutant = i % 2 == 0 ? TokenMutant(compact, random) : ByteMutant(compact, random);
                    lines.Add(mutant.Where(b => b != (byte)'\n').ToArray());
                }

                var input = lines.SelectMany(l => l.Append((byte)'\n')).ToArray();
                var results = DisclosureJson.ReadLines(new MemoryStream(input), "mutants.jsonl").ToList();
                var nonBlank = lines.Select((l, i) => (l, i)).Where(x => x.l.Any(b => b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))).ToList();
                Assert.Equal(nonBlank.Count, results.Count);
                for (var k = 0; k < results.Count; k++)
                {
                    Assert.Equal(nonBlank[k].i + 1, results[k].Line);
                    Assert.True(results[k].Succeeded == (results[k].Diagnostics.Count == 0));
                    Assert.All(results[k].Diagnostics, d => Assert.Equal(nonBlank[k].i + 1, d.Location!.Line));
                }
            },
            TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 0)]
    [InlineData(new byte[] { 0xE6, 0xB8, 0xA0, 0xC0, 0xAF }, 1)]       // 渠 then an overlong '/'
    [InlineData(new byte[] { 0xE6, 0xB8 }, 0)]                         // a truncated sequence
    [InlineData(new byte[] { 0x61, 0xED, 0xA0, 0x80 }, 1)]             // an encoded UTF-16 surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 0)]             // above U+10FFFF
    public void Invalid_UTF8_in_a_string_is_malformed_JSON_located_at_the_bad_byte(byte[] text, int charsBefore)
    {
        byte[] json = [.. "{\"edition\":\"2021\",\"preamble\":\""u8, .. text, .. "\"}"u8];
        var d = Assert.Single(DisclosureJson.Read(json, "bad.json").Diagnostics);
        Assert.True(d.Code == JsonCodes.MalformedJson, d.ToString());
        Assert.Equal("", d.Pointer);
        Assert.Contains("UTF-8", d.Message, StringComparison.Ordinal);
        Assert.Equal(new Diagnostics.SourceLocation { Source = "bad.json", Line = 1, Column = "{\"edition\":\"2021\",\"preamble\":\"".Length + charsBefore + 1 }, d.Location);
    }

    private static void Run(Func<byte[], Random, byte[]> mutate)
    {
        var random = new Random(Seed);
        var accepted = 0;
        var singlePass = 0;
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < MutantsPerKind; i++)
        {
            var mutant = mutate(Documents[i % Documents.Length], random);
            var watch = Stopwatch.StartNew();
            var result = Mutations.AssertReadGivesAResult(mutant);
            if (result.Report is not null) accepted++;
            if (result.ReadBySinglePass) singlePass++;
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
        }

        // The mutations must reach both outcomes, or the test proves little.
        Assert.InRange(accepted, 1, MutantsPerKind - 1);

        // The single-pass reader must meet mutants it reads as well as ones it declines, or the comparison proves little.
        Assert.InRange(singlePass, 1, accepted);
        Assert.True(slowest < TimeSpan.FromSeconds(2), $"The slowest read took {slowest}.");
    }

    /// <summary>The document on one line: re-serialized when it parses, otherwise with its line breaks made spaces.</summary>
    private static byte[] Compact(byte[] document)
    {
        try
        {
            return Encoding.UTF8.GetBytes(System.Text.Json.Nodes.JsonNode.Parse(document)?.ToJsonString() ?? "null");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return document.Select(b => b == (byte)'\n' ? (byte)' ' : b).ToArray();
        }
    }

    private static byte[] ByteMutant(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: bytes[at] = (byte)random.Next(256); break;
                case 2: bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(16))); break;
                case 3: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, 1 + random.Next(64)))); break;
                case 4: bytes.Insert(at, Punctuation[random.Next(Punctuation.Length)]); break;
                case 5: bytes.Insert(at, (byte)random.Next(0x80, 0x100)); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break; // truncate
            }
        }

        return bytes.ToArray();
    }

    private static byte[] TokenMutant(byte[] original, Random random)
    {
        var tokens = Tokens(original);
        if (tokens.Count == 0) return ByteMutant(original, random);
        var (start, end, valueEnd) = tokens[random.Next(tokens.Count)];
        var before = original.AsSpan(0, start);
        return random.Next(5) switch
        {
            0 => [.. before, .. original.AsSpan(end)],                                                          // delete the token
            1 when valueEnd > end => [.. before, .. original.AsSpan(start, valueEnd - start), (byte)',', .. original.AsSpan(start)], // duplicate a property
            2 => [.. before, .. Encoding.UTF8.GetBytes("\"x" + random.Next(1000) + "\":1,"), .. original.AsSpan(start)],        // unknown property
            _ => [.. before, .. Encoding.UTF8.GetBytes(Replacements[random.Next(Replacements.Length)]), .. original.AsSpan(end)], // another token
        };
    }

    /// <summary>Each token's start and end, and for a property name the end of its value.</summary>
    private static List<(int Start, int End, int ValueEnd)> Tokens(byte[] json)
    {
        var list = new List<(int, int, int)>();
        try
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                var end = (int)reader.BytesConsumed;
                var valueEnd = end;
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    var copy = reader;
                    copy.Read();
                    copy.Skip();
                    valueEnd = (int)copy.BytesConsumed;
                }

                list.Add((start, end, valueEnd));
            }
        }
        catch (JsonException)
        {
            // An invalid fixture: keep the tokens found before the error.
        }

        return list;
    }
}
