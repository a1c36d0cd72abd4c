namespace Disclosure.Format.Import;

/// <summary>How <see cref="ReportTextDecoder"/> decided which encoding a text's bytes are in.</summary>
public enum EncodingDecision
{
    /// <summary>The caller named the encoding (<see cref="ImportOptions.EncodingName"/>, the tool's <c>--encoding</c>).</summary>
    Specified,

    /// <summary>The bytes start with a byte order mark (UTF-8, UTF-16, UTF-32 or GB18030).</summary>
    ByteOrderMark,

    /// <summary>The page declares its charset (<c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type"&gt;</c> in its first 1024 bytes) and the bytes agree.</summary>
    Declared,

    /// <summary>No mark or usable declaration: the encoding was detected from the bytes among UTF-8, GB18030 and Big5.</summary>
    Detected,
}
