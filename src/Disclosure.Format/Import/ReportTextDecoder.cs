using System.Text;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Import;

/// <summary>
/// Turns the bytes of a report's text or of an HTML page into a string, in the encoding they were written in: UTF-8,
/// GB18030 (which reads GBK and GB2312), Big5, or UTF-16/UTF-32 with a byte order mark. The result says which encoding
/// was used and how it was decided (<see cref="SourceEncoding"/>), so that it can go into an import's provenance.
/// </summary>
/// <remarks>
/// <para>The encoding is decided in this order, and every decoding is strict (an invalid byte sequence is never replaced):</para>
/// <list type="number">
/// <item><description>The encoding the caller names (<c>encodingName</c>), if any: the bytes must be valid in it.</description></item>
/// <item><description>A byte order mark: UTF-8 (<c>EF BB BF</c>), UTF-32 LE/BE, UTF-16 LE/BE, GB18030 (<c>84 31 95 33</c>).</description></item>
/// <item><description>
/// A declared charset in the first 1024 bytes, read as ASCII the way browsers pre-scan a page: <c>&lt;meta charset="…"&gt;</c>,
/// <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=…"&gt;</c> or an XML declaration's <c>encoding="…"</c>.
/// <c>gb2312</c>, <c>gbk</c>, <c>cp936</c> and their aliases are read as GB18030, of which they are subsets. When the bytes
/// are not valid in the declared charset, or the declaration names a legacy charset while the bytes are valid UTF-8
/// with non-ASCII characters (a page re-saved as UTF-8 that kept its old <c>&lt;meta&gt;</c>), the declaration is set
/// aside with a warning (<see cref="ImportCodes.DeclaredCharsetContradicted"/>) and the encoding is detected.
/// </description></item>
/// <item><description>
/// Detection. Bytes that are valid UTF-8 are UTF-8: legacy Chinese text of more than a few characters is practically
/// never valid UTF-8. Otherwise GB18030 and Big5 are both tried. When only one decodes the bytes cleanly, it is used.
/// When both do (every Big5 byte pair is also a valid GBK pair, and many GBK pairs are valid Big5), the choice is made
/// by plausibility: the share of the text's double-byte characters (full-width punctuation and symbols left out) that
/// are common characters in each reading — GB2312's first level of 3 755 frequently used hanzi
/// (<c>B0A1</c>–<c>D7F9</c>) for GB18030, Big5's 5 401 frequently used characters (<c>A440</c>–<c>C67E</c>) for Big5.
/// Text in its own encoding scores near 1; the same bytes read in the other encoding score far lower, since they
/// spread over rare characters, symbols and private-use code points. The higher share wins when it is at least 0.5
/// and ahead by at least 0.2; otherwise the encoding is reported as ambiguous
/// (<see cref="ImportCodes.EncodingAmbiguous"/>) and the caller must name it.
/// </description></item>
/// </list>
/// <para>
/// Bytes that no candidate decodes are reported as <see cref="ImportCodes.Undecodable"/> (<c>DF4021</c>), with the
/// encodings tried and the line and column of the first invalid byte in each. Mixed encodings — lines that are
/// clearly UTF-8 (valid UTF-8 with at least two CJK characters and nothing else outside ASCII) in a file that is not
/// UTF-8 as a whole, as when texts saved in different encodings were pasted together — are reported as
/// <see cref="ImportCodes.MixedEncodings"/> (<c>DF4025</c>) at the first line that is not UTF-8: no single encoding
/// reads such a file, and reading it as one would garble part of it silently. A mix of GBK and Big5 lines is not
/// recognised as such: it decodes as GB18030 or is reported as ambiguous or undecodable.
/// </para>
/// <para>Decoding never throws on any bytes; it costs a few passes over the bytes.</para>
/// </remarks>
/// <example>
/// <code>
/// DecodedText decoded = ReportTextDecoder.Decode(File.ReadAllBytes("report.txt"), "report.txt");
/// if (decoded.Text is { } text)
///     Console.WriteLine($"{decoded.Encoding}: {text.Length} characters");   // gb18030 (detected): 8123 characters
/// foreach (var d in decoded.Diagnostics) Console.Error.WriteLine(d);
/// </code>
/// </example>
public static class ReportTextDecoder
{
    /// <summary>The number of leading bytes searched for a declared charset (as in the HTML standard's pre-scan).</summary>
    public const int DeclarationScanLength = 1024;

    private const string Utf8 = "utf-8";
    private const string Gb18030 = "gb18030";
    private const string Big5 = "big5";
    private const string Utf16Le = "utf-16le";
    private const string Utf16Be = "utf-16be";
    private const string Utf32Le = "utf-32le";
    private const string Utf32Be = "utf-32be";

    /// <summary>The canonical names of the encodings this decoder reads, as <see cref="SourceEncoding.Name"/> gives them.</summary>
    public static IReadOnlyList<string> EncodingNames { get; } = [Utf8, Gb18030, Big5, Utf16Le, Utf16Be, Utf32Le, Utf32Be];

    private static readonly Dictionary<string, string> Labels = BuildLabels();

    private static Dictionary<string, string> BuildLabels()
    {
        var labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in new[] { "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", "unicode20utf8" }) labels[l] = Utf8;
        foreach (var l in new[]
                 {
                     "gb18030", "gbk", "gb2312", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "csiso58gb231280", "iso-ir-58",
                     "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn",
                 })
        {
            labels[l] = Gb18030;
        }

        foreach (var l in new[] { "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950", "ms950", "windows-950" }) labels[l] = Big5;
        foreach (var l in new[] { "utf-16le", "utf-16", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff" }) labels[l] = Utf16Le;
        foreach (var l in new[] { "utf-16be", "unicodefffe" }) labels[l] = Utf16Be;
        foreach (var l in new[] { "utf-32le", "utf-32" }) labels[l] = Utf32Le;
        labels["utf-32be"] = Utf32Be;
        return labels;
    }

    /// <summary>
    /// The canonical name (one of <see cref="EncodingNames"/>) of an encoding label such as <c>GBK</c>, <c>gb2312</c>,
    /// <c>UTF8</c> or <c>Big5-HKSCS</c>, or <see langword="null"/> when this decoder does not read that encoding.
    /// </summary>
    /// <param name="label">The label, in any case, with or without surrounding spaces.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    public static string? CanonicalName(string label)
    {
        if (label is null) throw new ArgumentNullException(nameof(label));
        return Labels.TryGetValue(label.Trim(), out var name) ? name : null;
    }

    /// <summary>Decodes the bytes of a report's text or of an HTML page; see the remarks of <see cref="ReportTextDecoder"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="sourceName">The file or source name to put in diagnostic locations; optional.</param>
    /// <param name="encodingName">
    /// An encoding to use instead of detecting one (any label <see cref="CanonicalName"/> accepts), or
    /// <see langword="null"/> (the default) to decide by byte order mark, declaration and detection.
    /// </param>
    /// <returns>The text, the encoding it was in and how that was decided, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="encodingName"/> is not an encoding this decoder reads (see <see cref="EncodingNames"/>).</exception>
    public static DecodedText Decode(byte[] bytes, string? sourceName = null, string? encodingName = null)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        string? specified = null;
        if (encodingName is not null)
        {
            specified = CanonicalName(encodingName)
                        ?? throw new ArgumentException($"'{encodingName}' is not an encoding this decoder reads ({string.Join(", ", EncodingNames)}).", nameof(encodingName));
        }

        return new Run(bytes, sourceName).Decode(specified);
    }

    private static Encoding Get(string name) => name switch
    {
        Utf8 => StrictUtf8,
        Gb18030 => StrictGb18030.Value,
        Big5 => StrictBig5.Value,
        Utf16Le => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true),
        Utf16Be => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true),
        Utf32Le => new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true),
        _ => new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true),
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() => CodePage(54936));

    private static readonly Lazy<Encoding> StrictBig5 = new(() => CodePage(950));

    /// <summary>A code page from the code-pages provider (not registered globally: a library leaves that to the application).</summary>
    private static Encoding CodePage(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException($"Code page {codePage} is not available.");

    private static bool IsAsciiCompatible(string name) => name is Utf8 or Gb18030 or Big5;

    private sealed class Run(byte[] bytes, string? sourceName)
    {
        private readonly List<Diagnostic> diagnostics = [];

        public DecodedText Decode(string? specified)
        {
            if (specified is not null)
            {
                var start = BomLength(bytes) is { } bom && bom.Name == specified ? bom.Length : 0;
                return Decided(specified, start, EncodingDecision.Specified, null);
            }

            if (BomLength(bytes) is { } mark)
            {
                return Decided(mark.Name, mark.Length, EncodingDecision.ByteOrderMark, null);
            }

            var declared = CharsetDeclaration.Find(bytes, DeclarationScanLength);
            if (declared is not null)
            {
                var name = CanonicalName(declared);
                if (name is not null && !IsAsciiCompatible(name))
                {
                    name = Utf8; // the pre-scan found the declaration in ASCII bytes, so the page is not UTF-16/32 (as browsers do)
                }

                if (name is null)
                {
                    if (HasNonAscii())
                    {
                        Contradicted(ImportMessages.CharsetNotRead(declared));
                    }
                }
                else if (TryDecode(name, 0, out var text, out var bad))
                {
                    if (name != Utf8 && Utf8Check.IsValid(bytes, 0, bytes.Length) && Utf8Check.CountMultiByte(bytes) > 0)
                    {
                        Contradicted(ImportMessages.CharsetContradictedByUtf8(declared));
                    }
                    else
                    {
                        return Success(text!, new SourceEncoding { Name = name, DecidedBy = EncodingDecision.Declared, DeclaredCharset = declared });
                    }
                }
                else
                {
                    var (line, column) = Position(name, bad);
                    Contradicted(ImportMessages.CharsetContradictedByBytes(declared, name, line, column));
                }
            }

            return Detect(declared);
        }

        private DecodedText Decided(string name, int start, EncodingDecision decision, string? declared)
        {
            if (TryDecode(name, start, out var text, out var bad))
            {
                return Success(text!, new SourceEncoding { Name = name, DecidedBy = decision, DeclaredCharset = declared });
            }

            if (IsAsciiCompatible(name) && Mixed() is { } mixed)
            {
                return mixed;
            }

            var (line, column) = Position(name, bad);
            return Failure(ImportCodes.Undecodable, line, column,
                ImportMessages.NotValidInEncoding(name, specified: decision == EncodingDecision.Specified, line, column));
        }

        private DecodedText Detect(string? declared)
        {
            if (TryDecode(Utf8, 0, out var utf8, out var utf8Bad))
            {
                return Success(utf8!, new SourceEncoding { Name = Utf8, DecidedBy = EncodingDecision.Detected, DeclaredCharset = declared });
            }

            if (Mixed() is { } mixed)
            {
                return mixed;
            }

            var gbClean = TryDecode(Gb18030, 0, out var gb, out var gbBad);
            var big5Clean = TryDecode(Big5, 0, out var big5, out var big5Bad);
            if (gbClean && !big5Clean)
            {
                return Success(gb!, new SourceEncoding { Name = Gb18030, DecidedBy = EncodingDecision.Detected, DeclaredCharset = declared });
            }

            if (big5Clean && !gbClean)
            {
                return Success(big5!, new SourceEncoding { Name = Big5, DecidedBy = EncodingDecision.Detected, DeclaredCharset = declared });
            }

            if (gbClean && big5Clean)
            {
                var (gbShare, big5Share) = Plausibility.Shares(bytes);
                if (gbShare >= Plausibility.MinimumShare && gbShare - big5Share >= Plausibility.MinimumLead)
                {
                    return Success(gb!, new SourceEncoding { Name = Gb18030, DecidedBy = EncodingDecision.Detected, DeclaredCharset = declared });
                }

                if (big5Share >= Plausibility.MinimumShare && big5Share - gbShare >= Plausibility.MinimumLead)
                {
                    return Success(big5!, new SourceEncoding { Name = Big5, DecidedBy = EncodingDecision.Detected, DeclaredCharset = declared });
                }

                return Failure(ImportCodes.EncodingAmbiguous, 1, 1, ImportMessages.EncodingAmbiguous(gbShare, big5Share));
            }

            var (l1, c1) = Position(Utf8, utf8Bad);
            var (l2, c2) = Position(Gb18030, gbBad);
            var (l3, c3) = Position(Big5, big5Bad);
            return Failure(ImportCodes.Undecodable, l1, c1,
                ImportMessages.NoEncodingFits(l1, c1, l2, c2, l3, c3));
        }

        /// <summary>The mixed-encoding error when some lines are clearly UTF-8 and others are not valid UTF-8; otherwise <see langword="null"/>.</summary>
        private DecodedText? Mixed()
        {
            int? firstUtf8 = null, firstOther = null;
            var line = 1;
            var start = 0;
            for (var i = 0; i <= bytes.Length; i++)
            {
                if (i < bytes.Length && bytes[i] != (byte)'\n')
                {
                    continue;
                }

                if (!Utf8Check.IsValid(bytes, start, i - start))
                {
                    firstOther ??= line;
                }
                else if (firstUtf8 is null && Utf8Check.IsClearlyUtf8(bytes, start, i - start))
                {
                    firstUtf8 = line;
                }

                if (firstUtf8 is not null && firstOther is not null)
                {
                    break;
                }

                line++;
                start = i + 1;
            }

            if (firstUtf8 is not { } u || firstOther is not { } o)
            {
                return null;
            }

            var (badLine, column) = Position(Utf8, FirstInvalidUtf8());
            return Failure(ImportCodes.MixedEncodings, badLine, column,
                ImportMessages.MixedEncodings(u, o, badLine, column));
        }

        private int FirstInvalidUtf8() => TryDecode(Utf8, 0, out _, out var bad) ? bytes.Length : bad;

        private void Contradicted(Message message)
        {
            diagnostics.Add(new Diagnostic
            {
                Code = ImportCodes.DeclaredCharsetContradicted,
                Severity = DiagnosticSeverity.Warning,
                Pointer = string.Empty,
                Message = message.En,
                MessageZh = message.Zh,
                Location = Locate(1, 1),
            });
        }

        private bool HasNonAscii()
        {
            foreach (var b in bytes)
            {
                if (b >= 0x80) return true;
            }

            return false;
        }

        private bool TryDecode(string name, int start, out string? text, out int badOffset)
        {
            if (name == Big5 && Big5Structure.FirstInvalid(bytes, start) is { } invalid)
            {
                // Code page 950 maps lone 0x80 and 0xFF to characters; a Big5 text never has them.
                text = null;
                badOffset = invalid;
                return false;
            }

            try
            {
                text = Get(name).GetString(bytes, start, bytes.Length - start);
                badOffset = -1;
                return true;
            }
            catch (DecoderFallbackException ex)
            {
                text = null;
                badOffset = name == Utf8 ? start + Utf8Check.FirstInvalid(bytes, start) : Math.Max(start, Math.Min(bytes.Length, start + Math.Max(0, ex.Index)));
                return false;
            }
            catch (ArgumentException)
            {
                // Some decoders report an invalid sequence as an ArgumentException; the position is then unknown.
                text = null;
                badOffset = start;
                return false;
            }
        }

        /// <summary>The 1-based line and column (in characters of the valid prefix) of a byte offset.</summary>
        private (int Line, int Column) Position(string name, int offset)
        {
            if (!IsAsciiCompatible(name) || offset < 0)
            {
                return (1, 1);
            }

            offset = Math.Min(offset, bytes.Length);
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < offset; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            int column;
            try
            {
                column = Get(name).GetCharCount(bytes, lineStart, offset - lineStart) + 1;
            }
            catch (Exception ex) when (ex is DecoderFallbackException or ArgumentException)
            {
                column = offset - lineStart + 1;
            }

            return (line, column);
        }

        private DecodedText Success(string text, SourceEncoding encoding)
        {
            if (encoding.Name != Utf8)
            {
                var message = ImportMessages.EncodingUsed(encoding);
                diagnostics.Add(new Diagnostic
                {
                    Code = ImportCodes.EncodingUsed,
                    Severity = DiagnosticSeverity.Info,
                    Pointer = string.Empty,
                    Message = message.En,
                    MessageZh = message.Zh,
                    Location = Locate(1, 1),
                });
            }

            return new DecodedText { Text = text, Encoding = encoding, Diagnostics = diagnostics.ToList() };
        }

        private DecodedText Failure(string code, int line, int column, Message message)
        {
            diagnostics.Add(new Diagnostic
            {
                Code = code,
                Severity = DiagnosticSeverity.Error,
                Pointer = string.Empty,
                Message = message.En,
                MessageZh = message.Zh,
                Location = Locate(line, column),
            });
            return new DecodedText { Text = null, Encoding = null, Diagnostics = diagnostics.ToList() };
        }

        private SourceLocation Locate(int line, int column) => new() { Source = sourceName, Line = line, Column = column };
    }

    private static (string Name, int Length)? BomLength(byte[] b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (Utf8, 3);
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return (Utf32Le, 4);
        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) return (Utf32Be, 4);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (Utf16Le, 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (Utf16Be, 2);
        if (b.Length >= 4 && b[0] == 0x84 && b[1] == 0x31 && b[2] == 0x95 && b[3] == 0x33) return (Gb18030, 4);
        return null;
    }
}
