using System.Text.Json;

namespace Disclosure.Format.Validation;

/// <summary>Small helpers for writing the rule catalog.</summary>
internal static class CatalogWriter
{
    public static void WritePointers(Utf8JsonWriter writer, string name, IEnumerable<Slot> slots) =>
        WritePointers(writer, name, slots.Select(s => s.Pointer));

    public static void WritePointers(Utf8JsonWriter writer, string name, IEnumerable<string> pointers)
    {
        writer.WriteStartArray(name);
        foreach (var pointer in pointers) writer.WriteStringValue(pointer);
        writer.WriteEndArray();
    }
}
