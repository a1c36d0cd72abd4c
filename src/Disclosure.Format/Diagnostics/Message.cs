namespace Disclosure.Format.Diagnostics;

/// <summary>
/// The text of a diagnostic in English (<see cref="Diagnostic.Message"/>) and Chinese (<see cref="Diagnostic.MessageZh"/>),
/// as the message catalogs of each area (ImportMessages, JsonMessages, ValidationMessages, AggregationMessages,
/// ComparisonMessages, NarrativeMessages, and those of the document readers) return it.
/// </summary>
/// <param name="En">The English text.</param>
/// <param name="Zh">The Chinese text.</param>
internal readonly record struct Message(string En, string Zh);
