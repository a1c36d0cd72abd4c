using System.Text.Json;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Validation;

/// <summary>
/// One validation rule: a stable code, a severity, a bilingual title and a formula in the format's own labels. The
/// library's rules are declared as data (<see cref="SumRule"/>) or are fixed checks of the value domain and metadata;
/// callers add their own with <see cref="SumRule"/> or <see cref="CustomRule"/> and <see cref="RuleSet.With"/>.
/// </summary>
public abstract class Rule
{
    /// <summary>Only this library's rule kinds derive from <see cref="Rule"/>.</summary>
    private protected Rule()
    {
    }

    /// <summary>
    /// The stable code every diagnostic of the rule carries, such as <c>DF1003</c>. Unique within a <see cref="RuleSet"/>.
    /// Custom rules should use codes outside the library's <c>DF</c> ranges.
    /// </summary>
    public required string Code { get; init; }

    /// <summary>The severity of the rule's diagnostics when a check fails.</summary>
    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>A short title in English.</summary>
    public required string Title { get; init; }

    /// <summary>A short title in Chinese.</summary>
    public required string TitleZh { get; init; }

    /// <summary>The rule's formula in the format's own labels, e.g. <c>总计 = 自然人 + 商业企业 + …</c>; optional.</summary>
    public string? Formula { get; init; }

    /// <summary>More about the rule in English (why it holds, when it legitimately breaks); optional.</summary>
    public string? Description { get; init; }

    /// <summary>More about the rule in Chinese; optional.</summary>
    public string? DescriptionZh { get; init; }

    /// <summary>
    /// The identifier of the invariant in the project's format specification (section 6), such as
    /// <c>INV-T3-COL</c>; optional.
    /// </summary>
    public string? Reference { get; init; }

    /// <summary>What kind of check the rule performs.</summary>
    public abstract RuleKind Kind { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Title}";

    /// <summary>
    /// Binds the rule to the cells of a slot space. Returns <see langword="null"/> when the rule does not apply there
    /// (only in lenient mode); throws <see cref="ArgumentException"/> in strict mode when it cannot be bound.
    /// </summary>
    internal abstract CompiledRule? Compile(SlotSpace space, bool strict);

    /// <summary>Writes the kind-specific members of the rule's catalog entry.</summary>
    internal abstract void WriteCatalog(Utf8JsonWriter writer, CompiledRule? compiled);

    internal void CheckDeclaration()
    {
        if (string.IsNullOrWhiteSpace(Code)) throw new ArgumentException("A rule needs a non-empty Code.", "rule");
        if (Title is null || TitleZh is null) throw new ArgumentException($"Rule {Code} needs a Title and a TitleZh.", "rule");
        if (Severity is < DiagnosticSeverity.Info or > DiagnosticSeverity.Error)
        {
            throw new ArgumentException($"Rule {Code} has an unknown severity {(int)Severity}.", "rule");
        }
    }
}
