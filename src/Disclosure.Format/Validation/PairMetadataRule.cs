using System.Text.Json;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Validation;

/// <summary>Cross-year: the two reports are of the same agency and of consecutive years.</summary>
internal sealed class PairMetadataRule : Rule
{
    public required bool ComparesAgency { get; init; }

    public override RuleKind Kind => RuleKind.PairMetadata;

    private string Pointer => ComparesAgency ? "/metadata/agency" : ReportYearRule.YearPointer;

    internal override CompiledRule? Compile(SlotSpace space, bool strict)
    {
        if (!space.IsPair)
        {
            if (strict) throw new ArgumentException($"Rule {Code} compares two reports; it belongs in a cross-year rule set.", "rule");
            return null;
        }

        return new Compiled(this);
    }

    internal override void WriteCatalog(Utf8JsonWriter writer, CompiledRule? compiled)
    {
        writer.WriteString("target", SumCheck.PreviousReportPrefix + Pointer);
        CatalogWriter.WritePointers(writer, "related", [Pointer]);
    }

    private sealed class Compiled(PairMetadataRule source) : CompiledRule(source)
    {
        private readonly PairMetadataRule rule = source;

        public override void Evaluate(in RuleInput input, ref DiagnosticBag bag)
        {
            if (input.Current.Metadata is not { } current || input.Previous?.Metadata is not { } previous)
            {
                return;
            }

            var pointer = rule.Pointer;
            if (rule.ComparesAgency)
            {
                if (current.Agency is null || previous.Agency is null
                    || string.Equals(current.Agency.Trim(), previous.Agency.Trim(), StringComparison.Ordinal))
                {
                    return;
                }

                var agencyDiffers = ValidationMessages.AgencyDiffers(rule, previous.Agency, current.Agency);
                bag.Add(new Diagnostic
                {
                    Code = rule.Code,
                    Severity = rule.Severity,
                    Pointer = SumCheck.PreviousReportPrefix + pointer,
                    RelatedPointers = [pointer],
                    Message = agencyDiffers.En,
                    MessageZh = agencyDiffers.Zh,
                });
                return;
            }

            if (previous.Year == current.Year - 1)
            {
                return;
            }

            var message = ValidationMessages.YearNotConsecutive(rule, previous.Year, current.Year - 1);
            bag.Add(new Diagnostic
            {
                Code = rule.Code,
                Severity = rule.Severity,
                Pointer = SumCheck.PreviousReportPrefix + pointer,
                RelatedPointers = [pointer],
                Expected = current.Year - 1,
                Actual = previous.Year,
                Message = message.En,
                MessageZh = message.Zh,
            });
        }
    }
}
