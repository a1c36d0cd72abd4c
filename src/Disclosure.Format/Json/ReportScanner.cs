using System.Text;
using System.Text.Json;
#if NET
using System.Buffers;
#endif

namespace Disclosure.Format.Json;

/// <summary>
/// The tokenizer of <see cref="FastReportReader"/>: a JSON scanner for the shape of a report document, driven by a reader
/// that knows at each step whether a member name or a value comes next. It accepts only valid JSON (RFC 8259: white space,
/// objects, strings, numbers, literals) and gives up — returns <see langword="false"/> — at anything a report document
/// does not contain or that it does not check itself: arrays, booleans, escaped member names. Where it reads a value
/// it reads it exactly as <see cref="Utf8JsonReader"/> does: numbers and escaped strings that are not plain are handed
/// to a <see cref="Utf8JsonReader"/> over the token alone.
/// </summary>
internal ref struct ReportScanner
{
    /// <summary><see cref="NextMember"/>: the end of the current object.</summary>
    public const int End = 0;

    /// <summary><see cref="NextMember"/>: a member name (in <see cref="ValueSpan"/>) and its colon were read.</summary>
    public const int Name = 1;

    /// <summary><see cref="NextMember"/>: not what a report document holds here.</summary>
    public const int Fail = -1;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

#if NET
    // What ends the plain run of a string: its closing quote, an escape, or a control character (never allowed raw).
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [(byte)'"', (byte)'\\', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);
#endif

#if NET
    // The value of each hexadecimal digit, by byte (0 for any other byte: escapes are checked before they are decoded).
    private static readonly byte[] HexDigits = CreateHexDigits();
#endif

    private readonly ReadOnlySpan<byte> json;
    private int position;
    private bool afterValue;
    private int valueStart;
    private int valueLength;

    public ReportScanner(ReadOnlySpan<byte> json)
    {
        this.json = json;
        position = 0;
        afterValue = false;
        valueStart = 0;
        valueLength = 0;
        TokenType = JsonTokenType.None;
        ValueIsEscaped = false;
    }

    /// <summary>The kind of the value last read by <see cref="ReadValue"/>.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>Whether the last string or name read holds an escape sequence.</summary>
    public bool ValueIsEscaped { get; private set; }

    /// <summary>The raw bytes of the last name, string (without its quotes) or number read.</summary>
    public readonly ReadOnlySpan<byte> ValueSpan => json.Slice(valueStart, valueLength);

    /// <summary>Reads the root object's opening brace.</summary>
    public bool StartRoot()
    {
        SkipWhiteSpace();
        if (position >= json.Length || json[position] != (byte)'{') return false;
        position++;
        afterValue = false;
        return true;
    }

    /// <summary>After the root object: whether only white space is left.</summary>
    public bool AtEnd()
    {
        SkipWhiteSpace();
        return position == json.Length;
    }

    /// <summary>
    /// Inside an object: reads the end of the object (<see cref="End"/>), or the comma before the next member and stops at
    /// the opening quote of its name (<see cref="Name"/>; read it with <see cref="ReadName"/>).
    /// </summary>
    public int NextMember()
    {
        SkipWhiteSpace();
        if (position >= json.Length) return Fail;
        var c = json[position];
        if (c == (byte)'}')
        {
            position++;
            afterValue = true; // the object is a value that has ended
            return End;
        }

        if (afterValue)
        {
            if (c != (byte)',') return Fail;
            position++;
            SkipWhiteSpace();
            if (position >= json.Length) return Fail;
            c = json[position];
        }

        return c == (byte)'"' ? Name : Fail;
    }

    /// <summary>
    /// At the opening quote of a member name: reads the name and its colon and returns its index in
    /// <paramref name="names"/> (plain ASCII names), or -1 for any other name, an escaped one included. The name at
    /// <paramref name="expected"/> is tried first, without scanning: in the canonical order it is the one that comes.
    /// </summary>
    public int ReadName(byte[][] names, int expected)
    {
        var rest = json.Slice(position + 1);
        var guess = names[expected];
        int index;
        if (rest.Length > guess.Length && rest[guess.Length] == (byte)'"' && rest.StartsWith(guess))
        {
            index = expected;
            position += guess.Length + 2;
        }
        else
        {
            if (!ScanString() || ValueIsEscaped) return -1;
            var name = ValueSpan;
            index = -1;
            for (var i = 0; i < names.Length; i++)
            {
                if (name.SequenceEqual(names[i]))
                {
                    index = i;
                    break;
                }
            }

            if (index < 0) return -1;
        }

        SkipWhiteSpace();
        if (position >= json.Length || json[position] != (byte)':') return -1;
        position++;
        afterValue = false;
        return index;
    }

    /// <summary>
    /// Reads a member's value: an object's opening brace, a string, a number or <c>null</c> (<see cref="TokenType"/> says
    /// which); <see langword="false"/> for anything else or malformed JSON.
    /// </summary>
    public bool ReadValue()
    {
        SkipWhiteSpace();
        if (position >= json.Length) return false;
        switch (json[position])
        {
            case (byte)'{':
                position++;
                afterValue = false;
                TokenType = JsonTokenType.StartObject;
                return true;
            case (byte)'"':
                if (!ScanString()) return false;
                TokenType = JsonTokenType.String;
                break;
            case (byte)'n':
                if (json.Length - position < 4 || json[position + 1] != (byte)'u' || json[position + 2] != (byte)'l' || json[position + 3] != (byte)'l')
                {
                    return false;
                }

                position += 4;
                TokenType = JsonTokenType.Null;
                break;
            case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                if (!ScanNumber()) return false;
                TokenType = JsonTokenType.Number;
                break;
            default:
                return false;
        }

        afterValue = true;
        return true;
    }

    /// <summary>The text of the string last read; throws (as <see cref="Utf8JsonReader.GetString"/> does) when it is not valid Unicode.</summary>
    /// <exception cref="ArgumentException">The string is not valid UTF-8.</exception>
    /// <exception cref="InvalidOperationException">An escape in the string is an unpaired surrogate or not valid UTF-8 is around it.</exception>
    public readonly string GetString()
    {
        if (ValueIsEscaped)
        {
#if NET
            return Unescape(ValueSpan);
#else
            // Let the framework's reader unescape the string exactly as it would.
            var reader = new Utf8JsonReader(json.Slice(valueStart - 1, valueLength + 2));
            reader.Read();
            return reader.GetString()!;
#endif
        }

        if (valueLength == 0) return string.Empty;
#if NET
        return StrictUtf8.GetString(ValueSpan);
#else
        return StrictUtf8.GetString(ValueSpan.ToArray());
#endif
    }

#if NET
    /// <summary>
    /// Decodes an escaped string (its escapes already checked by <see cref="ScanString"/>) straight to UTF-16, as
    /// <see cref="Utf8JsonReader.GetString"/> would: JSON written with every non-ASCII character escaped, as some
    /// writers do by default, is read without a second pass.
    /// </summary>
    /// <exception cref="ArgumentException">The text between the escapes is not valid UTF-8.</exception>
    /// <exception cref="InvalidOperationException">A <c>\u</c> escape is a surrogate without its partner.</exception>
    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        // Every escape and every multi-byte UTF-8 sequence gives fewer UTF-16 units than it has bytes.
        char[]? rented = null;
        var chars = raw.Length <= 256 ? stackalloc char[256] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            var n = 0;
            var i = 0;
            while (i < raw.Length)
            {
                if (raw[i] != (byte)'\\')
                {
                    var run = raw.Slice(i);
                    var length = run.IndexOf((byte)'\\');
                    if (length < 0) length = run.Length;
                    n += StrictUtf8.GetChars(run.Slice(0, length), chars.Slice(n));
                    i += length;
                    continue;
                }

                var escape = raw[i + 1];
                if (escape != (byte)'u')
                {
                    chars[n++] = escape switch
                    {
                        (byte)'b' => '\b',
                        (byte)'f' => '\f',
                        (byte)'n' => '\n',
                        (byte)'r' => '\r',
                        (byte)'t' => '\t',
                        _ => (char)escape, // " \\ /
                    };
                    i += 2;
                    continue;
                }

                var unit = Hex4(raw, i + 2);
                i += 6;
                if ((unit & 0xF800) == 0xD800)
                {
                    // A surrogate: it must be a high one followed at once by an escaped low one.
                    if (unit > 0xDBFF || raw.Length - i < 6 || raw[i] != (byte)'\\' || raw[i + 1] != (byte)'u'
                        || (Hex4(raw, i + 2) & 0xFC00) != 0xDC00)
                    {
                        throw new InvalidOperationException("An escaped surrogate without its partner.");
                    }

                    chars[n++] = (char)unit;
                    unit = Hex4(raw, i + 2);
                    i += 6;
                }

                chars[n++] = (char)unit;
            }

            return new string(chars.Slice(0, n));
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static byte[] CreateHexDigits()
    {
        var table = new byte[256];
        for (var d = 0; d < 10; d++) table['0' + d] = (byte)d;
        for (var d = 0; d < 6; d++) table['a' + d] = table['A' + d] = (byte)(10 + d);
        return table;
    }

    /// <summary>The value of the four hexadecimal digits at <paramref name="at"/> (checked by <see cref="ScanString"/>).</summary>
    private static int Hex4(ReadOnlySpan<byte> text, int at) =>
        (HexDigits[text[at]] << 12) | (HexDigits[text[at + 1]] << 8) | (HexDigits[text[at + 2]] << 4) | HexDigits[text[at + 3]];
#endif

    /// <summary>The number last read as an <see cref="int"/>, as <see cref="Utf8JsonReader.TryGetInt32"/> gives it.</summary>
    public readonly bool TryGetInt32(out int value)
    {
        var digits = ValueSpan;
        if (digits.Length <= 9 && Plain(digits, out value))
        {
            return true;
        }

        var reader = new Utf8JsonReader(digits);
        reader.Read();
        return reader.TryGetInt32(out value);
    }

    /// <summary>The number last read as a <see cref="decimal"/>, as <see cref="Utf8JsonReader.TryGetDecimal"/> gives it.</summary>
    public readonly bool TryGetDecimal(out decimal value)
    {
        var digits = ValueSpan;
        if (digits.Length <= 9 && Plain(digits, out var whole))
        {
            value = whole;
            return true;
        }

        var reader = new Utf8JsonReader(digits);
        reader.Read();
        return reader.TryGetDecimal(out value);
    }

    /// <summary>Digits only (the JSON grammar already excludes leading zeros): their value.</summary>
    private static bool Plain(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var d in digits)
        {
            var digit = d - (byte)'0';
            if ((uint)digit > 9) return false;
            value = (value * 10) + digit;
        }

        return true;
    }

    private void SkipWhiteSpace()
    {
        while (position < json.Length && json[position] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            position++;
        }
    }

    /// <summary>At an opening quote: finds the closing one, checking every escape; no raw control character is allowed.</summary>
    private bool ScanString()
    {
        var start = position + 1;
        var i = start;
        var escaped = false;
        while (true)
        {
            var stop = IndexOfStringStop(json.Slice(i));
            if (stop < 0) return false;
            i += stop;
            var b = json[i];
            if (b == (byte)'"')
            {
                valueStart = start;
                valueLength = i - start;
                ValueIsEscaped = escaped;
                position = i + 1;
                return true;
            }

            if (b != (byte)'\\' || i + 1 >= json.Length) return false;
            escaped = true;
            switch (json[i + 1])
            {
                case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                    i += 2;
                    break;
                case (byte)'u':
                    if (json.Length - i < 6) return false;
                    for (var k = i + 2; k < i + 6; k++)
                    {
                        if (!IsHex(json[k])) return false;
                    }

                    i += 6;
                    break;
                default:
                    return false;
            }
        }
    }

    private static bool IsHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F');

    private static int IndexOfStringStop(ReadOnlySpan<byte> text)
    {
#if NET
        return text.IndexOfAny(StringStops);
#else
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is (byte)'"' or (byte)'\\' or < 0x20) return i;
        }

        return -1;
#endif
    }

    /// <summary>At a minus sign or digit: the number by the JSON grammar, <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    private bool ScanNumber()
    {
        var start = position;
        var i = position;
        if (json[i] == (byte)'-') i++;
        if (i >= json.Length) return false;
        if (json[i] == (byte)'0')
        {
            i++;
        }
        else if (!Digits(ref i))
        {
            return false;
        }

        if (i < json.Length && json[i] == (byte)'.')
        {
            i++;
            if (!Digits(ref i)) return false;
        }

        if (i < json.Length && json[i] is (byte)'e' or (byte)'E')
        {
            i++;
            if (i < json.Length && json[i] is (byte)'+' or (byte)'-') i++;
            if (!Digits(ref i)) return false;
        }

        valueStart = start;
        valueLength = i - start;
        position = i;
        return true;
    }

    /// <summary>One or more digits from <paramref name="i"/>.</summary>
    private readonly bool Digits(ref int i)
    {
        var first = i;
        while (i < json.Length && json[i] - (byte)'0' is >= 0 and <= 9)
        {
            i++;
        }

        return i > first;
    }
}
