namespace Disclosure.Format.Json;

/// <summary>
/// The stable diagnostic codes of the JSON reader (<c>DF0001</c>–<c>DF0099</c>). Codes are append-only: a code is
/// never reused for another meaning.
/// </summary>
public static class JsonCodes
{
    /// <summary><c>DF0001</c>: the text is not well-formed JSON (syntax error, truncated document, comment, trailing comma).</summary>
    public const string MalformedJson = "DF0001";

    /// <summary><c>DF0002</c>: a property the format does not define.</summary>
    public const string UnknownProperty = "DF0002";

    /// <summary><c>DF0003</c>: the same property appears twice in one object.</summary>
    public const string DuplicateProperty = "DF0003";

    /// <summary><c>DF0004</c>: a required property is missing.</summary>
    public const string MissingProperty = "DF0004";

    /// <summary><c>DF0005</c>: a value of the wrong JSON type (a string where a number is expected, for example).</summary>
    public const string WrongType = "DF0005";

    /// <summary><c>DF0006</c>: <c>null</c> where the format does not allow a blank (a table, a text, the metadata).</summary>
    public const string NullNotAllowed = "DF0006";

    /// <summary><c>DF0007</c>: a negative count.</summary>
    public const string NegativeCount = "DF0007";

    /// <summary><c>DF0008</c>: a count with a fractional part, or written with a fraction or exponent.</summary>
    public const string FractionalCount = "DF0008";

    /// <summary><c>DF0009</c>: a number out of the range its member can hold.</summary>
    public const string OutOfRange = "DF0009";

    /// <summary><c>DF0010</c>: the document is not a JSON object (for example <c>null</c> or an array).</summary>
    public const string RootNotObject = "DF0010";

    /// <summary><c>DF0011</c>: the document has no <c>"edition"</c> property.</summary>
    public const string MissingEdition = "DF0011";

    /// <summary><c>DF0012</c>: the <c>"edition"</c> is not one this library reads (<c>"2019"</c> or <c>"2021"</c>).</summary>
    public const string UnknownEdition = "DF0012";

    /// <summary><c>DF0013</c>: a negative amount of money.</summary>
    public const string NegativeAmount = "DF0013";

    /// <summary><c>DF0014</c>: a date not written as <c>yyyy-MM-dd</c>.</summary>
    public const string InvalidDate = "DF0014";

    /// <summary>
    /// <c>DF0015</c>: a string or property name that is not valid Unicode: it contains an unpaired UTF-16 surrogate
    /// escape such as <c>\ud800</c> (well-formed JSON, but not text; RFC 8259 §8.2, forbidden by I-JSON, RFC 7493).
    /// </summary>
    public const string InvalidUnicode = "DF0015";
}
