using ZLogger;

namespace Mgi.Api.Http;

/// <summary>
/// Logs go to the console (stdout), as containers and systemd collect them: one text line per event
/// by default, JSON lines with <c>Mgi:LogFormat=json</c>. ZLogger formats to UTF-8 and writes in
/// batches from a background writer, so logging every request costs little throughput.
/// </summary>
public static class LogSetup
{
    public const string FormatKey = "Mgi:LogFormat";

    /// <summary>Replaces the default providers; throws <see cref="LogFormatException"/> for an unknown format.</summary>
    public static void AddServiceLogging(this WebApplicationBuilder builder)
    {
        var format = builder.Configuration[FormatKey] ?? "text";
        var json = format.Equals("json", StringComparison.OrdinalIgnoreCase);
        if (!json && !format.Equals("text", StringComparison.OrdinalIgnoreCase))
            throw new LogFormatException($"{FormatKey} must be 'text' or 'json'; '{format}' is not.");

        builder.Logging.ClearProviders();
        builder.Logging.AddZLoggerConsole(o =>
        {
            if (json)
                o.UseJsonFormatter(f => f.UseUtcTimestamp = true);
            else
                o.UsePlainTextFormatter(f => f.SetPrefixFormatter($"{0:utc-longdate}Z {1:short} {2}: ",
                    (in MessageTemplate template, in LogInfo info) => template.Format(info.Timestamp, info.LogLevel, info.Category)));
        });
    }
}

public sealed class LogFormatException(string message) : Exception(message);
