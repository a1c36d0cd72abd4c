using Disclosure.Format.Diagnostics;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Cli;

/// <summary>The checks run on a report that was read: the edition's rules and, given the previous year's report, the cross-year rules.</summary>
internal static class ReportChecks
{
    public static IEnumerable<Diagnostic> Run(Model.DisclosureReport report, Model.DisclosureReport? previous)
    {
        var diagnostics = new List<Diagnostic>(DisclosureValidator.Validate(report).Diagnostics);
        if (previous is not null)
        {
            diagnostics.AddRange(DisclosureValidator.ValidateCrossYear(report, previous).Diagnostics);
        }

        return diagnostics;
    }
}
