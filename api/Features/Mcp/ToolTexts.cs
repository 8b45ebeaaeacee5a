namespace Mgi.Api.Features.Mcp;

/// <summary>
/// What a model reads before it chooses a tool: what the data is and how to use it. Written by us;
/// every fact is the MGI profile's own (data/sources/), and the two headings are quoted from it.
/// </summary>
public static class ToolTexts
{
    /// <summary>The data, in a few sentences: said in the server's instructions and in the tools that return findings.</summary>
    public const string About =
        "The data: the Migration Governance Indicators (MGI) of the International Organization for Migration (IOM), " +
        "about 90 indicators in 6 dimensions drawn from IOM's Migration Governance Framework (MiGOF), applied to a country, a state or a city. " +
        "Each MGI profile lists findings under two headings: \"Examples of well-developed areas\" (assessment well-developed) and " +
        "\"Areas with potential for further development\" (assessment further-development). The MGI do not rank countries and do not measure " +
        "policy outcomes; they take stock of the migration policies in place. " +
        "A finding's text is verbatim from the IOM profile: quote it exactly, and cite it with the citation and licence the record carries. " +
        "Finding titles, indicator tags and instrument records are the curators' own words, not IOM's.";

    /// <summary>Sent to the client when it connects (the MCP server instructions).</summary>
    public const string Instructions = About + " " +
        "Start with search (ranked passages) or list_findings (filters and counts); get_finding gives one finding whole, with its notes; " +
        "profile_summary counts a profile's findings by dimension; get_instrument and list_ratifications cover laws and conventions. " +
        "Every record carries its id, the URL of the same record in the HTTP API, and its profile's citation and licence. " +
        "The data is read-only; a bad argument is answered as a tool error naming it.";

    /// <summary>What assessment a finding has, in the profile's own headings.</summary>
    public static string Assessment(string assessment) => assessment == DataSet.Assessment.WellDeveloped
        ? "Listed by the profile among the \"Examples of well-developed areas\"."
        : "Listed by the profile among the \"Areas with potential for further development\".";
}
