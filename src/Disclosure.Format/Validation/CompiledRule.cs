using System.Runtime.InteropServices;

namespace Disclosure.Format.Validation;

/// <summary>A rule bound to the slots of a slot space, ready to evaluate.</summary>
internal abstract class CompiledRule
{
    protected CompiledRule(Rule rule) => Rule = rule;

    public Rule Rule { get; }

    public abstract void Evaluate(in RuleInput input, ref DiagnosticBag bag);
}
