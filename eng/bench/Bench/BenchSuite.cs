using ServiceExcellence.Testing;

namespace ServiceExcellence.Bench;

/// <summary>
/// How every scenario starts its suite: with the variables given as <c>--env NAME=VALUE</c> on the command line added
/// to the scenario's own (the command line wins), for experiments (e.g. <c>--env DOTNET_gcServer=0</c>) without editing
/// a scenario.
/// </summary>
public static class BenchSuite
{
    private static readonly Dictionary<string, string> FromCommandLine = [];

    public static void Read(string[] args)
    {
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--env" && args[i + 1].Split('=', 2) is [var name, var value])
            {
                FromCommandLine[name] = value;
            }
        }
    }

    public static Task<SuiteApp> StartAsync(SuiteAppOptions options)
    {
        var environment = new Dictionary<string, string>(options.ProjectEnvironment);
        foreach (var (name, value) in FromCommandLine)
        {
            environment[name] = value;
        }

        return SuiteApp.StartAsync(options with { ProjectEnvironment = environment });
    }
}
