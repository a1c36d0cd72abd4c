using CsCheck;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;
using Disclosure.Format.Validation;
using static Disclosure.Format.Tests.Validation.ReportGenerator;

namespace Disclosure.Format.Tests.Validation;

/// <summary>
/// Properties over random consistent reports. Location is defined precisely: a failed check is reported at its
/// target cell (<see cref="Diagnostic.Pointer"/>) with every other cell of the check in
/// <see cref="Diagnostic.RelatedPointers"/>; so the cell that was changed is always the pointer or one of the related
/// pointers of every diagnostic it causes, and the diagnostics are exactly the checks the oracle finds broken.
/// </summary>
public sealed class ValidationPropertyTests
{
    private const int Iterations = 600;

    private static HashSet<(string, string)> Reported(ValidationResult result) =>
        result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => (d.Code, d.Pointer)).ToHashSet();

    private static string Show(IEnumerable<(string, string)> set) => string.Join("; ", set.Order());

    [Fact]
    public void Consistent_reports_have_no_diagnostics()
    {
        Consistent.Sample(sample =>
        {
            var result = DisclosureValidator.Validate(sample.ToReport());
            Assert.Empty(result.Diagnostics);
            Assert.Empty(Violations(sample.Cells, sample.Fees));
        }, iter: Iterations);
    }

    [Fact]
    public void A_single_changed_cell_is_caught_by_exactly_the_rules_that_involve_it_and_located_there()
    {
        var gen = from sample in Consistent
                  from index in Gen.Int[0, Catalog.Cells.Count - 1]
                  from size in Gen.Int[1, 6]
                  from down in Gen.Bool
                  select (sample, index, size, down);
        gen.Sample((sample, index, size, down) =>
        {
            var cell = Catalog.Cells[index];
            var cells = (decimal?[])sample.Cells.Clone();
            var old = cells[index]!.Value;
            cells[index] = down && old >= size ? old - size : old + size;

            var result = DisclosureValidator.Validate(sample.ToReport(cells));
            var expected = Violations(cells, sample.Fees);
            var reported = Reported(result);
            Assert.True(expected.SetEquals(reported), $"{cell}: expected {Show(expected)}, reported {Show(reported)}");
            Assert.Equal(0, result.InfoCount);
            Assert.All(result.Diagnostics, d => Assert.True(d.Pointer == cell.Pointer || d.RelatedPointers.Contains(cell.Pointer), $"{d} does not name {cell.Pointer}"));

            // Every cell of T3 and T4 is in a row total (an equality), so a change there is always caught.
            if (cell.Table.Key is "T3" or "T4")
            {
                Assert.True(result.HasErrors, $"a change of {cell} went unnoticed");
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Two_offsetting_changes_in_one_row_are_both_located()
    {
        var gen = from sample in Consistent
                  from row in Gen.Int[0, T3Rows.Length - 1]
                  from first in Gen.Int[0, ApplicantColumns.Length - 1]
                  from shift in Gen.Int[1, ApplicantColumns.Length - 1]
                  select (sample, row, first, second: (first + shift) % ApplicantColumns.Length);
        gen.Sample((sample, row, first, second) =>
        {
            var up = T3Cell(T3Rows[row], ApplicantColumns[first]);
            var down = T3Cell(T3Rows[row], ApplicantColumns[second]);
            var cells = (decimal?[])sample.Cells.Clone();
            if (cells[down.Index] == 0)
            {
                (up, down) = (down, up);
            }

            if (cells[down.Index] == 0)
            {
                return; // both zero: no −1 possible without a negative count
            }

            cells[up.Index] += 1;
            cells[down.Index] -= 1;

            var result = DisclosureValidator.Validate(sample.ToReport(cells));
            var expected = Violations(cells, sample.Fees);
            Assert.True(expected.SetEquals(Reported(result)), $"expected {Show(expected)}, reported {Show(Reported(result))}");

            // The row total still adds up, so the row check is silent; the column checks locate both cells.
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == RuleCodes.ApplicationsRowTotal);
            foreach (var cell in new[] { up, down })
            {
                Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error
                                                         && d.Code != RuleCodes.ApplicationsRowTotal
                                                         && (d.Pointer == cell.Pointer || d.RelatedPointers.Contains(cell.Pointer)));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void A_blank_cell_makes_its_checks_not_assessable_and_names_it()
    {
        var gen = from sample in Consistent
                  from index in Gen.Int[0, Catalog.Cells.Count - 1]
                  select (sample, index);
        gen.Sample((sample, index) =>
        {
            var cell = Catalog.Cells[index];
            var cells = (decimal?[])sample.Cells.Clone();
            cells[index] = null;
            var result = DisclosureValidator.Validate(sample.ToReport(cells));

            // Never a pass or a fail of a check that needs the blank cell: no error and no warning except DF1012.
            Assert.All(result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info),
                d => Assert.Equal(RuleCodes.BlankTotal, d.Code));
            var notAssessable = result.Diagnostics.Where(d => d.Code == RuleCodes.NotAssessable).ToList();
            Assert.All(notAssessable, d => Assert.Equal([cell.Pointer], d.RelatedPointers));

            // The checks that involve the cell, from the catalog: each is reported not assessable, once.
            var involved = RuleSet.Edition2021.Rules.OfType<SumRule>()
                .SelectMany(r => r.Checks)
                .Where(c => sample.Fees is not null || !c.Target.StartsWith("/otherMatters/", StringComparison.Ordinal))
                .Count(c => c.Target == cell.Pointer || c.Add.Contains(cell.Pointer) || c.Subtract.Contains(cell.Pointer));
            Assert.Equal(involved, notAssessable.Count);

            // And the blank itself is reported once: as a blank total beside filled parts, or as a blank cell.
            var blank = Assert.Single(result.Diagnostics, d => d.Code is RuleCodes.BlankCell or RuleCodes.BlankTotal);
            Assert.Equal(cell.Pointer, blank.Pointer);
            var isTotal = cell.Column.Key == "total" && cell.Table.Key is "T3" or "T4" || cell.Row.Key == "outcomes.total";
            Assert.Equal(isTotal ? RuleCodes.BlankTotal : RuleCodes.BlankCell, blank.Code);
        }, iter: Iterations);
    }
}
