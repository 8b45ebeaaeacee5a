namespace Mgi.Api.Features.Downloads.DataPackage;

public sealed class DownloadDataPackageRequest
{
    /// <summary>
    /// true: every CSV of the package carries a second row of HXL hashtags (Humanitarian Exchange
    /// Language 1.1) under its header, as the lists' CSV does with hxl=true.
    /// </summary>
    public bool? Hxl { get; set; }
}
