using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Validation;

/// <summary>
/// A number outside the layout catalog that rules read: the structured 信息处理费 figures of section 六.
/// </summary>
internal sealed class SupplementaryValue
{
    public SupplementaryValue(string pointer, string label, string englishName, CellValueKind kind,
        Func<DisclosureReport, bool> isPresent, Func<DisclosureReport, decimal?> read)
    {
        Pointer = pointer;
        Label = label;
        EnglishName = englishName;
        Kind = kind;
        IsPresent = isPresent;
        Read = read;
    }

    public string Pointer { get; }

    public string Label { get; }

    public string EnglishName { get; }

    public CellValueKind Kind { get; }

    public Func<DisclosureReport, bool> IsPresent { get; }

    public Func<DisclosureReport, decimal?> Read { get; }

    /// <summary>六、其他需要报告的事项: the information-processing fee figures (元), when the report states them.</summary>
    public static IReadOnlyList<SupplementaryValue> ProcessingFees { get; } =
    [
        new("/otherMatters/processingFees/noticesIssued", "发出收费通知的件数", "Fee notices issued", CellValueKind.Count,
            r => r.OtherMatters?.ProcessingFees is not null, r => r.OtherMatters!.ProcessingFees!.NoticesIssued),
        new("/otherMatters/processingFees/amountNoticed", "发出收费通知的总金额", "Amount of the fee notices", CellValueKind.Amount,
            r => r.OtherMatters?.ProcessingFees is not null, r => r.OtherMatters!.ProcessingFees!.AmountNoticed),
        new("/otherMatters/processingFees/amountCollected", "实际收取的总金额", "Amount collected", CellValueKind.Amount,
            r => r.OtherMatters?.ProcessingFees is not null, r => r.OtherMatters!.ProcessingFees!.AmountCollected),
    ];
}
