namespace Disclosure.Format.Json;

/// <summary>The first thing wrong with a document, where it is, and what was expected there.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Pointer">The JSON Pointer of the member (for <see cref="ContractViolationKind.MissingProperty"/>, of the object).</param>
/// <param name="Names">The missing properties' names, in the contract's order; empty otherwise.</param>
/// <param name="Expected">The .NET type the contract expects at <paramref name="Pointer"/>, for a wrong type.</param>
/// <param name="Detail">The JSON reader's own description of a syntax error.</param>
internal readonly record struct ContractViolation(
    ContractViolationKind Kind, string Pointer, IReadOnlyList<string> Names, Type? Expected, string? Detail);
