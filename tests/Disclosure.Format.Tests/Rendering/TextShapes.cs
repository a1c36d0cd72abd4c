using Disclosure.Format.Rendering;

namespace Disclosure.Format.Tests;

/// <summary>Every shape the tests render: the public <see cref="TextShape"/> values and the internal run-together test shape.</summary>
internal static class TextShapes
{
    public static IReadOnlyList<TextShape> All { get; } = [.. Enum.GetValues<TextShape>(), ReportTextRenderer.RunTogether];

    /// <summary>A shape's name, for snapshot files.</summary>
    public static string Name(TextShape shape) => shape == ReportTextRenderer.RunTogether ? "RunTogether" : shape.ToString();
}
