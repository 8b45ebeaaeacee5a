using System.Diagnostics;
using System.Net.Sockets;

namespace Mgi.Api.BrowserTests;

/// <summary>
/// The service as an operator runs it: its own process (the api/ build of this project's
/// configuration), on a database built at start-up into a temporary folder, at a loopback port.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly string _work = Directory.CreateTempSubdirectory("mgi-browser-").FullName;
    readonly Queue<string> _stderr = new();

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    ServiceProcess(int port)
    {
        Port = port;
        var start = new ProcessStartInfo("dotnet", $"\"{ServiceDll}\" --urls http://127.0.0.1:{port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Mgi__DatabasePath"] = Path.Combine(_work, "mgi.sqlite");
        start.Environment["DOTNET_NOLOGO"] = "1";
        _process = new Process { StartInfo = start };
        // The request log goes to stdout: read and dropped, so that the pipe never fills.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderr)
            {
                _stderr.Enqueue(e.Data);
                if (_stderr.Count > 50) _stderr.Dequeue();
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts the service and waits (up to a minute) until /health/ready answers 200.</summary>
    public static async Task<ServiceProcess> StartAsync()
    {
        var service = new ServiceProcess(ChoosePort());
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 600 && !service._process.HasExited; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(service.BaseAddress, "/health/ready"));
                if (response.IsSuccessStatusCode) return service;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        string errors;
        lock (service._stderr) errors = string.Join('\n', service._stderr);
        await service.DisposeAsync();
        throw new InvalidOperationException($"the service did not become ready on port {service.Port}:\n{errors}");
    }

    /// <summary>MGI_BROWSER_PORT if set (a port range agreed on a shared machine), else one the OS finds free.</summary>
    static int ChoosePort()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("MGI_BROWSER_PORT"), out var port)) return port;
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The service's own build output (…/bin/&lt;Configuration&gt;/net10.0/, the same configuration as this project's).</summary>
    static string ServiceDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var dll = Path.Combine(RepositoryPaths.Root, "api", "bin", configuration, "net10.0", "Mgi.Api.dll");
            if (!File.Exists(dll)) throw new FileNotFoundException($"the service is expected at {dll} (built with this project)", dll);
            return dll;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }
}
