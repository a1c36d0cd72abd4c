using System.Globalization;
using DocumentFormat.OpenXml;

namespace Disclosure.Format.Documents.Word;

/// <summary>
/// Attribute values read from their text, as Word and LibreOffice write them, never through the SDK's typed
/// <c>.Value</c>, which throws on a value outside the SDK's own enumeration (LibreOffice writes
/// <c>&lt;w:tblHeader w:val="true"/&gt;</c>, valid ST_OnOff in the transitional schema, where the SDK expects
/// <c>on</c>). A value that cannot be read means what the element means without it.
/// </summary>
internal static class WordValues
{
    /// <summary>An on/off value (<c>true</c>, <c>1</c>, <c>on</c>; <c>false</c>, <c>0</c>, <c>off</c>), or <paramref name="absent"/>.</summary>
    public static bool On(OpenXmlSimpleType? value, bool absent) => Text(value) switch
    {
        "true" or "1" or "on" => true,
        "false" or "0" or "off" => false,
        _ => absent,
    };

    /// <summary>A whole number, or <paramref name="absent"/> when there is none or it does not parse.</summary>
    public static int Number(OpenXmlSimpleType? value, int absent) =>
        Text(value) is { } text && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : absent;

    /// <summary>The value's text, trimmed, or null.</summary>
    public static string? Text(OpenXmlSimpleType? value)
    {
        var text = value?.InnerText?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
