namespace Disclosure.Format.Import;

/// <summary>A diagnostic's message in English and in Chinese (see <see cref="ImportMessages"/>).</summary>
internal readonly record struct ImportMessage(string En, string Zh);
