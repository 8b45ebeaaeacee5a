namespace Mgi.Api.DataSet;

/// <summary>
/// <c>Mgi.Api build [--data DIR] [--out FILE]</c>: compiles data/ into the SQLite database and exits.
/// Exit code 0 on success, 1 when a source is malformed (the message names file, record and field).
/// </summary>
public static class BuildCommand
{
    public static int Run(string[] args, DatabaseOptions defaults)
    {
        var options = new DatabaseOptions { DataDirectory = defaults.DataDirectory, DatabasePath = defaults.DatabasePath };
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length: options.DataDirectory = args[++i]; break;
                case "--out" when i + 1 < args.Length: options.DatabasePath = args[++i]; break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: Mgi.Api build [--data DIR] [--out FILE]");
                    return 2;
            }
        }
        try
        {
            var data = DatabaseBuild.Run(options);
            var profiles = data.Profiles;
            Console.WriteLine($"built {Path.GetFullPath(options.DatabasePath)} from {Path.GetFullPath(options.DataDirectory)}");
            Console.WriteLine($"  dataset version {data.Hash[..16]}");
            Console.WriteLine($"  jurisdictions {data.Jurisdictions.Count}, profiles {profiles.Count}, dimensions {data.Dimensions.Count}, " +
                $"indicators {data.Indicators.Count}, conventions {data.Conventions.Count}, " +
                $"ratifications {profiles.Sum(p => p.Ratifications?.Count ?? 0)}, policies {profiles.Sum(p => p.Policies?.Count ?? 0)}, " +
                $"covid responses {profiles.Sum(p => p.CovidResponses?.Count ?? 0)}, footnotes {profiles.Sum(p => p.Footnotes?.Count ?? 0)}, " +
                $"sources {profiles.Sum(p => p.Sources?.Count ?? 0)}, instruments {data.Instruments.Sum(f => f.Instruments.Count)}");
            return 0;
        }
        catch (DataSetException e)
        {
            Console.Error.WriteLine($"build failed: {e.Message}");
            return 1;
        }
    }
}
