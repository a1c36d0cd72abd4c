namespace Disclosure.Format.Json;

/// <summary>The JSON names of the editions.</summary>
internal static class EditionNames
{
    public static string ToJson(ReportEdition edition) => edition switch
    {
        ReportEdition.Edition2019 => "2019",
        ReportEdition.Edition2021 => "2021",
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "Unknown edition."),
    };

    public static bool TryParse(string? text, out ReportEdition edition)
    {
        switch (text)
        {
            case "2019":
                edition = ReportEdition.Edition2019;
                return true;
            case "2021":
                edition = ReportEdition.Edition2021;
                return true;
            default:
                edition = default;
                return false;
        }
    }
}
