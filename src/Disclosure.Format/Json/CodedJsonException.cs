using System.Text.Json;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Json;

/// <summary>A <see cref="JsonException"/> that carries the library's stable diagnostic code.</summary>
internal sealed class CodedJsonException(string code, Message message, long? offset = null) : JsonException(message.En)
{
    public string Code { get; } = code;

    public string MessageZh { get; } = message.Zh;

    /// <summary>The byte offset of the offending token, when the exception was raised outside the serializer.</summary>
    public long? Offset { get; } = offset;
}
