using System.ComponentModel.DataAnnotations;
using Mgi.Api.Contract;
using Mgi.Api.DataSet;
using Mgi.Api.Lists;
using Mgi.Api.Text;

namespace Mgi.Api.Features.Instruments.List;

public sealed class ListInstrumentsRequest : FacetedRequest
{
    public const string Route = "/v1/instruments";

    /// <summary>Only instruments named by profiles of this jurisdiction code (e.g. MEX).</summary>
    [KnownCode("jurisdictions", "jurisdiction")]
    public string? Jurisdiction { get; set; }

    /// <summary>Only instruments named by findings or COVID-19 answers of this profile id (e.g. MEX-2022).</summary>
    [KnownCode("profiles", "profile")]
    public string? Profile { get; set; }

    /// <summary>Only instruments of this kind.</summary>
    [Vocabulary("InstrumentKind", InstrumentChecks.Constitution, InstrumentChecks.Law, InstrumentChecks.Regulation, InstrumentChecks.Programme,
        InstrumentChecks.Plan, InstrumentChecks.Agreement, InstrumentChecks.Bill, InstrumentChecks.Other)]
    public string? Kind { get; set; }

    /// <summary>Full-text search in name, aliases and status, read as /v1/search reads q: every word must match (case, accents and English endings ignored), "quoted words" as a phrase, the last word also as the beginning of a word.</summary>
    [MaxLength(TextQuery.MaxLength)]
    public string? Q { get; set; }
}

public sealed class ListInstrumentsValidator : Validator<ListInstrumentsRequest>
{
    public ListInstrumentsValidator()
    {
        Include(new ParameterRules<ListInstrumentsRequest>());
        RuleFor(r => r.Q).SearchText("q");
    }
}
