using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.Net.Http.Headers;

namespace Mgi.Api.Csv;

/// <summary>
/// CSV for every list (RFC 4180, UTF-8, a header row), chosen by <c>format=csv</c> or by an Accept
/// header that prefers text/csv to JSON. All matching rows are written, row by row.
/// </summary>
public static class CsvOutput
{
    /// <summary>Full-list exports in progress at once, at most one per core, for the whole service; the others wait their turn.</summary>
    public static readonly SemaphoreSlim FullExports = new(Environment.ProcessorCount);

    public const string MediaType = "text/csv";
    public const string Format = "csv";

    /// <summary>Whether the request asks for CSV: format=csv, or an Accept that rates text/csv above JSON.</summary>
    public static bool IsRequested(HttpRequest request)
    {
        var format = request.Query["format"].ToString();
        if (format.Length > 0) return format.Equals(Format, StringComparison.OrdinalIgnoreCase);
        if (request.Headers.Accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges)) return false;
        return Quality(ranges, MediaType) > Quality(ranges, "application/json");
    }

    /// <summary>The quality the Accept ranges give a media type: that of the most specific range matching it.</summary>
    static double Quality(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        var type = new MediaTypeHeaderValue(mediaType);
        return ranges.Where(type.IsSubsetOf)
            .OrderByDescending(r => r.MatchesAllTypes ? 0 : r.MatchesAllSubTypes ? 1 : 2)
            .Select(r => r.Quality ?? 1.0)
            .FirstOrDefault();
    }

    // RFC 4180: CRLF, quotes only where needed. Cells are the data verbatim (no formula
    // "injection" escaping, which would alter text); values never start a formula in this data set.
    static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Mode = CsvMode.Rfc4180,
        NewLine = "\r\n",
        HasHeader = true,
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static async Task WriteAsync<T>(HttpResponse response, IEnumerable<T> rows, string fileName, bool hxl, CancellationToken ct)
    {
        response.ContentType = $"{MediaType}; charset=utf-8; header=present";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString();
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 16 * 1024, leaveOpen: true);
        await WriteAsync(writer, typeof(T), rows, hxl, ct);
    }

    /// <summary>
    /// Writes rows of <paramref name="type"/> with the columns <see cref="CsvColumns"/> derives from it;
    /// with <paramref name="hxl"/>, the columns' HXL tags as a second row under the header.
    /// </summary>
    public static async Task WriteAsync(TextWriter text, Type type, System.Collections.IEnumerable rows, bool hxl, CancellationToken ct)
    {
        var columns = CsvColumns.For(type).Columns;
        await using var csv = CsvWriter.Create(text, Options, true);
        foreach (var column in columns) csv.WriteField(column.Name);
        await csv.EndRecordAsync(ct);
        if (hxl)
        {
            foreach (var column in columns) csv.WriteField(column.Hxl);
            await csv.EndRecordAsync(ct);
        }
        foreach (var row in rows)
        {
            foreach (var column in columns) csv.WriteField(column.Read(row!) ?? "");
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }
}
