namespace Disclosure.Format.Import;

/// <summary>Where an anchor was found: [NormStart, NormEnd) in the folded text, with how it was matched.</summary>
internal sealed record AnchorMatch(Anchor Anchor, int NormStart, int NormEnd, int KeyStart, int KeyEnd, int Cost, bool Shortened, bool Relaxed, double Score)
{
    /// <summary>True when a numbered label (<c>3.其他</c>) was found without its number.</summary>
    public bool NumberMissing { get; init; }

    /// <summary>True when the text did not carry the label exactly as printed in the format.</summary>
    public bool IsVariant => Cost > 0 || Shortened || Relaxed || NumberMissing;
}
