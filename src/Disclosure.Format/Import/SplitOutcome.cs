namespace Disclosure.Format.Import;

/// <summary>The outcome of reading one unit (a row, or the whole label-less row of a side-by-side table).</summary>
internal enum SplitOutcome
{
    Read,
    TooManyValues,
    Unreadable,
    Capped,
}
