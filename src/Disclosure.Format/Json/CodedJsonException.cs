using System.Text.Json;

namespace Disclosure.Format.Json;

/// <summary>A <see cref="JsonException"/> that carries the library's stable diagnostic code.</summary>
internal sealed class CodedJsonException(string code, string message, string messageZh, long? offset = null) : JsonException(message)
{
    public string Code { get; } = code;

    public string MessageZh { get; } = messageZh;

    /// <summary>The byte offset of the offending token, when the exception was raised outside the serializer.</summary>
    public long? Offset { get; } = offset;
}
