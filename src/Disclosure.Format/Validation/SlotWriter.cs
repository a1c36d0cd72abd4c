using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Validation;

/// <summary>
/// Writes the slots of one report in catalog order, one row object at a time: the row object is fetched once and its
/// columns written by one typed method per row type. A row whose object, or any object on the way to it, is
/// <see langword="null"/> is <see cref="SlotState.Missing"/> — exactly the cells whose catalog accessor
/// (<see cref="CellLayout.GetValue"/>) would throw <see cref="NullReferenceException"/>. <c>SlotReaderTests</c> compares
/// both for every cell of every fixture and of random reports with <see langword="null"/> parts.
/// </summary>
internal ref struct SlotWriter
{
    public const int ApplicantColumns = 7;
    public const int CaseColumns = 5;

    private readonly SlotBuffers buffers;
    private int position;

    public SlotWriter(SlotBuffers buffers, int start)
    {
        this.buffers = buffers;
        position = start;
    }

    public readonly int Position => position;

    /// <summary>Reads a report of the 2021 edition (<see cref="LayoutCatalog.Edition2021"/>, then the fee figures).</summary>
    public void Report2021(DisclosureReport2021 report)
    {
        var p = report.ProactiveDisclosure;
        if (p is null)
        {
            Missing(3 + 3 + 1 + 1 + 1 + 1);
        }
        else
        {
            Stock(p.Rules);
            Stock(p.NormativeDocuments);
            Decisions(p.AdministrativeLicensing);
            Decisions(p.AdministrativePenalty);
            Decisions(p.AdministrativeCoercion);
            Fee(p.AdministrativeFees);
        }

        // The catalog reads every T3 row through one view of 申请 and 办理结果: when either is null, every T3 cell is.
        var a = report.Applications;
        var o = a?.Outcomes;
        if (a is null || o is null)
        {
            Missing(25 * ApplicantColumns);
        }
        else
        {
            Applicants(a.NewlyReceived);
            Applicants(a.CarriedOver);
            Applicants(o.Disclosed);
            Applicants(o.PartiallyDisclosed);
            Withheld(o.Withheld);
            Unavailable(o.Unavailable);
            NotProcessed(o.NotProcessed);
            var other = o.OtherHandling;
            if (other is null)
            {
                Missing(3 * ApplicantColumns);
            }
            else
            {
                Applicants(other.NotCorrectedInTime);
                Applicants(other.FeeNotPaid);
                Applicants(other.Other);
            }

            Applicants(o.Total);
            Applicants(a.CarriedForward);
        }

        Review(report.ReviewAndLitigation);
        ProcessingFees(report.OtherMatters);
    }

    /// <summary>Reads a report of the 2019 trial edition (<see cref="LayoutCatalog.Edition2019"/>, then the fee figures).</summary>
    public void Report2019(DisclosureReport2019 report)
    {
        var p = report.ProactiveDisclosure;
        if (p is null)
        {
            Missing(3 + 3 + 3 + 3 + 3 + 3 + 2 + 2);
        }
        else
        {
            Publication(p.Rules);
            Publication(p.NormativeDocuments);
            Items(p.AdministrativeLicensing);
            Items(p.OtherExternalServices);
            Items(p.AdministrativePenalty);
            Items(p.AdministrativeCoercion);
            ItemChange(p.AdministrativeFees);
            Procurement(p.CentralizedProcurement);
        }

        var a = report.Applications;
        var o = a?.Outcomes;
        if (a is null || o is null)
        {
            Missing(23 * ApplicantColumns);
        }
        else
        {
            Applicants(a.NewlyReceived);
            Applicants(a.CarriedOver);
            Applicants(o.Disclosed);
            Applicants(o.PartiallyDisclosed);
            Withheld(o.Withheld);
            Unavailable(o.Unavailable);
            NotProcessed(o.NotProcessed);
            Applicants(o.OtherHandling);
            Applicants(o.Total);
            Applicants(a.CarriedForward);
        }

        Review(report.ReviewAndLitigation);
        ProcessingFees(report.OtherMatters);
    }

    private void Withheld(WithheldReasons? w)
    {
        if (w is null)
        {
            Missing(8 * ApplicantColumns);
            return;
        }

        Applicants(w.StateSecret);
        Applicants(w.ProhibitedByLaw);
        Applicants(w.EndangersSecurityOrStability);
        Applicants(w.ThirdPartyRights);
        Applicants(w.InternalAffairs);
        Applicants(w.ProcessInformation);
        Applicants(w.EnforcementCaseFiles);
        Applicants(w.AdministrativeInquiry);
    }

    private void Unavailable(UnavailableReasons? u)
    {
        if (u is null)
        {
            Missing(3 * ApplicantColumns);
            return;
        }

        Applicants(u.NotHeld);
        Applicants(u.RequiresCreation);
        Applicants(u.UnclearAfterCorrection);
    }

    private void NotProcessed(NotProcessedReasons? n)
    {
        if (n is null)
        {
            Missing(5 * ApplicantColumns);
            return;
        }

        Applicants(n.Complaint);
        Applicants(n.Repeated);
        Applicants(n.PublicationRequested);
        Applicants(n.ExcessiveRepetition);
        Applicants(n.ConfirmationRequested);
    }

    private void Review(ReviewAndLitigation? r)
    {
        if (r is null)
        {
            Missing(3 * CaseColumns);
            return;
        }

        Cases(r.AdministrativeReview);
        Cases(r.LitigationWithoutReview);
        Cases(r.LitigationAfterReview);
    }

    /// <summary>The supplementary values (<see cref="SupplementaryValue.ProcessingFees"/>): absent, not missing, without figures.</summary>
    private void ProcessingFees(OtherMatters? matters)
    {
        if (matters?.ProcessingFees is not { } fees)
        {
            for (var i = 0; i < 3; i++) Set(null, SlotState.Absent);
            return;
        }

        Int(fees.NoticesIssued);
        Amount(fees.AmountNoticed);
        Amount(fees.AmountCollected);
    }

    private void Applicants(ApplicantCounts? r)
    {
        if (r is null)
        {
            Missing(ApplicantColumns);
            return;
        }

        Int(r.NaturalPerson);
        Int(r.CommercialEnterprise);
        Int(r.ResearchInstitution);
        Int(r.SocialWelfareOrganization);
        Int(r.LegalServiceProvider);
        Int(r.Other);
        Int(r.Total);
    }

    private void Cases(CaseOutcomes? r)
    {
        if (r is null)
        {
            Missing(CaseColumns);
            return;
        }

        Int(r.Upheld);
        Int(r.Corrected);
        Int(r.Other);
        Int(r.Pending);
        Int(r.Total);
    }

    private void Stock(DocumentStock? r)
    {
        if (r is null)
        {
            Missing(3);
            return;
        }

        Int(r.Issued);
        Int(r.Repealed);
        Int(r.InForce);
    }

    private void Decisions(DecisionCount? r)
    {
        if (r is null) Missing(1);
        else Int(r.Decisions);
    }

    private void Fee(FeeAmount? r)
    {
        if (r is null) Missing(1);
        else Amount(r.Amount);
    }

    private void Publication(DocumentPublication? r)
    {
        if (r is null)
        {
            Missing(3);
            return;
        }

        Int(r.NewlyMade);
        Int(r.NewlyPublished);
        Int(r.TotalPublished);
    }

    private void Items(ItemChangeAndDecisions? r)
    {
        if (r is null)
        {
            Missing(3);
            return;
        }

        Int(r.PreviousYearItems);
        Int(r.Change);
        Int(r.Decisions);
    }

    private void ItemChange(ItemChange? r)
    {
        if (r is null)
        {
            Missing(2);
            return;
        }

        Int(r.PreviousYearItems);
        Int(r.Change);
    }

    private void Procurement(Procurement? r)
    {
        if (r is null)
        {
            Missing(2);
            return;
        }

        Int(r.Projects);
        Amount(r.TotalAmount);
    }

    private void Int(int? value)
    {
        var i = position++;
        if (value is { } v)
        {
            buffers.Values[i] = v;
            buffers.Integers[i] = v;
            buffers.NotInteger[i] = 0;
        }
        else
        {
            buffers.Values[i] = null;
            buffers.Integers[i] = 0;
            buffers.NotInteger[i] = 1;
        }

        buffers.States[i] = SlotState.Present;
    }

    private void Amount(decimal? value) => Set(value, SlotState.Present);

    private void Missing(int count)
    {
        for (var k = 0; k < count; k++) Set(null, SlotState.Missing);
    }

    /// <summary>Writes a slot that sums read as a <see cref="decimal"/> (an amount, or a slot without a value).</summary>
    public void Set(decimal? value, SlotState state)
    {
        var i = position++;
        buffers.Values[i] = value;
        buffers.Integers[i] = 0;
        buffers.NotInteger[i] = 1;
        buffers.States[i] = state;
    }
}
