using System.Runtime.InteropServices;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Validation;

/// <summary>Collects diagnostics; allocates nothing until the first one.</summary>
internal struct DiagnosticBag
{
    private List<Diagnostic>? items;

    public void Add(Diagnostic diagnostic) => (items ??= []).Add(diagnostic);

    public readonly ValidationResult ToResult() =>
        items is null ? ValidationResult.Clean : new ValidationResult(items.ToArray());
}
