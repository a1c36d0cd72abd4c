using System.Text.Json;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Validation;

/// <summary>The report year lies within bounds (a lower year, and/or at most the current year plus an offset).</summary>
internal sealed class ReportYearRule : Rule
{
    public const string YearPointer = "/metadata/year";

    public int? Minimum { get; init; }

    /// <summary>The last year allowed (a fixed year, such as the last year an edition was issued for); optional.</summary>
    public int? Maximum { get; init; }

    public int? MaximumAfterCurrentYear { get; init; }

    public override RuleKind Kind => RuleKind.ReportYear;

    internal override CompiledRule? Compile(SlotSpace space, bool strict) => new Compiled(this);

    internal override void WriteCatalog(Utf8JsonWriter writer, CompiledRule? compiled)
    {
        writer.WriteString("pointer", YearPointer);
        if (Minimum is { } min) writer.WriteNumber("minimum", min);
        if (Maximum is { } fixedMax) writer.WriteNumber("maximum", fixedMax);
        if (MaximumAfterCurrentYear is { } max) writer.WriteNumber("maximumAfterCurrentYear", max);
    }

    private sealed class Compiled(ReportYearRule source) : CompiledRule(source)
    {
        private readonly ReportYearRule rule = source;

        public override void Evaluate(in RuleInput input, ref DiagnosticBag bag)
        {
            if (input.Current.Metadata is not { } metadata)
            {
                return;
            }

            var year = metadata.Year;
            if (rule.Minimum is { } min && year < min)
            {
                bag.Add(Create(year, min, ValidationMessages.YearBefore(min)));
                return;
            }

            if (rule.Maximum is { } max && year > max)
            {
                bag.Add(Create(year, max, ValidationMessages.YearAfter(max)));
                return;
            }

            if (rule.MaximumAfterCurrentYear is { } offset)
            {
                var bound = DateTime.UtcNow.Year + offset;
                if (year > bound)
                {
                    // No Expected value: the bound moves with the clock, and results must not.
                    bag.Add(Create(year, null, ValidationMessages.YearAfterCurrent(bound, offset)));
                }
            }
        }

        private Diagnostic Create(int year, int? bound, Message what)
        {
            var message = ValidationMessages.Year(rule, year, what);
            return new Diagnostic
            {
                Code = rule.Code,
                Severity = rule.Severity,
                Pointer = YearPointer,
                Expected = bound,
                Actual = year,
                Message = message.En,
                MessageZh = message.Zh,
            };
        }
    }
}
