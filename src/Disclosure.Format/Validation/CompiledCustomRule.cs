using System.Runtime.InteropServices;

namespace Disclosure.Format.Validation;

/// <summary>Runs a <see cref="CustomRule"/>.</summary>
internal sealed class CompiledCustomRule : CompiledRule
{
    private readonly CustomRule custom;

    public CompiledCustomRule(CustomRule rule)
        : base(rule) => custom = rule;

    public override void Evaluate(in RuleInput input, ref DiagnosticBag bag)
    {
        var diagnostics = custom.Check(input.Current);
        if (diagnostics is null)
        {
            return;
        }

        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic is not null)
            {
                bag.Add(diagnostic);
            }
        }
    }
}
