namespace Disclosure.Format.Cli;

/// <summary>
/// The text of a diagnostic in English (<see cref="Diagnostics.Diagnostic.Message"/>) and Chinese
/// (<see cref="Diagnostics.Diagnostic.MessageZh"/>), as <see cref="CliMessages"/> returns it. (The library's own
/// equivalent is internal to it.)
/// </summary>
/// <param name="En">The English text.</param>
/// <param name="Zh">The Chinese text.</param>
internal readonly record struct Message(string En, string Zh);
