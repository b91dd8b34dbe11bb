namespace ServiceExcellence.Bench;

/// <summary>
/// Variables given as <c>--env NAME=VALUE</c> on the command line, added to every suite a scenario starts, for
/// experiments (e.g. <c>--env DOTNET_gcServer=0</c>) without editing a scenario.
/// </summary>
public static class SuiteEnvironment
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

    /// <summary>The scenario's own variables with the command line's added (the command line wins).</summary>
    public static Dictionary<string, string> With(Dictionary<string, string> scenario)
    {
        foreach (var (name, value) in FromCommandLine)
        {
            scenario[name] = value;
        }

        return scenario;
    }
}
