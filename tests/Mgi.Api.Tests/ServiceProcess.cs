using System.Diagnostics;
using Mgi.Api.Tests.Build;

namespace Mgi.Api.Tests;

/// <summary>
/// The service as an operator runs it: its own process (the build output beside the tests'), on a
/// copy of data/, at a loopback port, with its stdout and stderr collected.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    readonly Process _process;
    readonly Task<string> _stderr;
    readonly List<string> _stdout = [];
    readonly TaskCompletionSource _stdoutClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int Port { get; }

    /// <param name="environment">Configuration as environment variables, e.g. Mgi__LogFormat.</param>
    public ServiceProcess(SourceCopy copy, int? port = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        Port = port ?? Loopback.FreePort();
        var start = new ProcessStartInfo("dotnet", $"\"{ServiceDll}\" --urls http://127.0.0.1:{Port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Mgi__DataDirectory"] = copy.Data;
        start.Environment["Mgi__DatabasePath"] = copy.DatabasePath;
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) _stdoutClosed.TrySetResult();
            else lock (_stdout) _stdout.Add(e.Data);
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _stderr = _process.StandardError.ReadToEndAsync();
    }

    /// <summary>The service's own build output, beside the tests' (same configuration).</summary>
    static string ServiceDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // …/bin/<Configuration>/net10.0/
            var dll = Path.Combine(RepositoryPaths.Root, "api", "bin", configuration, "net10.0", "Mgi.Api.dll");
            Assert.True(File.Exists(dll), $"the service is expected at {dll}");
            return dll;
        }
    }

    /// <summary>The lines written to stdout so far.</summary>
    public string[] OutputLines
    {
        get { lock (_stdout) return [.. _stdout]; }
    }

    /// <summary>Waits (up to 10 s) for a stdout line that satisfies <paramref name="match"/>.</summary>
    public async Task<string?> WaitForLineAsync(Func<string, bool> match)
    {
        for (var i = 0; i < 200; i++)
        {
            if (OutputLines.FirstOrDefault(match) is { } line) return line;
            await Task.Delay(50);
        }
        return null;
    }

    /// <summary>Waits for the service to exit on its own; its exit code, stderr and stdout.</summary>
    public async Task<(int Code, string Error, string Output)> ExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        await _stdoutClosed.Task.WaitAsync(timeout.Token);
        return (_process.ExitCode, await _stderr, string.Join('\n', OutputLines));
    }

    /// <summary>Waits until /health/ready answers 200; false if the process exits first.</summary>
    public async Task<bool> ReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 600 && !_process.HasExited; i++)
        {
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{Port}/health/ready");
                if (response.IsSuccessStatusCode) return true;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { } // this attempt's 2 s ran out (a busy machine, a cold start): ask again
            await Task.Delay(100);
        }
        return false;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }
}
