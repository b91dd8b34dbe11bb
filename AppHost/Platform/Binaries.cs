namespace ServiceExcellence.AppHost.Platform;

/// <summary>Resolves the tools the suite needs, failing with one line that names the package to install.</summary>
internal sealed class Binaries(IBinaryLocator locator)
{
    // tool -> Debian package that provides it
    private static readonly Dictionary<string, string> Packages = new()
    {
        ["postgres"] = "postgresql",
        ["initdb"] = "postgresql",
        ["rabbitmq-server"] = "rabbitmq-server",
        ["epmd"] = "erlang-base",
        ["redis-server"] = "redis-server",
        ["setsid"] = "util-linux",
        ["setpriv"] = "util-linux",
    };

    private readonly Dictionary<string, string> _resolved = [];

    /// <summary>The full path of <paramref name="tool"/>.</summary>
    /// <exception cref="PrerequisiteException">The tool is not installed.</exception>
    public string Require(string tool)
    {
        lock (_resolved)
        {
            if (_resolved.TryGetValue(tool, out var known))
            {
                return known;
            }

            var path = locator.Find(tool) ?? throw new PrerequisiteException(MissingMessage(tool));
            _resolved[tool] = path;
            return path;
        }
    }

    /// <summary>The line shown when <paramref name="tool"/> is missing.</summary>
    public static string MissingMessage(string tool)
    {
        var package = Packages.GetValueOrDefault(tool, tool);
        return $"{tool} not found: run eng/prereqs.sh (or: apt-get install -y {package})";
    }
}
