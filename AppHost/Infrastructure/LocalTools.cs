namespace ServiceExcellence.AppHost.Infrastructure;

/// <summary>
/// Finds the programs of the operating system's PostgreSQL, RabbitMQ, Erlang and Redis packages (where Debian puts
/// them), or says in one line which package to install.
/// </summary>
public static class LocalTools
{
    // tool -> Debian package that provides it
    private static readonly Dictionary<string, string> Packages = new()
    {
        ["postgres"] = "postgresql",
        ["initdb"] = "postgresql",
        ["rabbitmq-server"] = "rabbitmq-server",
        ["epmd"] = "erlang-base",
        ["redis-server"] = "redis-server",
        ["setpriv"] = "util-linux",
    };

    /// <summary>The first missing tool of <paramref name="tools"/>, as the line to show, or null when all are there.</summary>
    public static string? Missing(IEnumerable<string> tools) =>
        tools.Where(tool => Find(tool) is null).Select(MissingMessage).FirstOrDefault();

    /// <summary>The full path of <paramref name="tool"/>.</summary>
    /// <exception cref="InvalidOperationException">The tool is not installed; the message says how to install it.</exception>
    public static string Require(string tool) => Find(tool) ?? throw new InvalidOperationException(MissingMessage(tool));

    /// <summary>The line shown when <paramref name="tool"/> is missing.</summary>
    public static string MissingMessage(string tool) =>
        $"{tool} not found: run eng/prereqs.sh (or: apt-get install -y {Packages.GetValueOrDefault(tool, tool)})";

    /// <summary>Where the tool is, or null.</summary>
    public static string? Find(string tool) => tool switch
    {
        "postgres" or "initdb" => FromPostgresPackages(tool) ?? FromPath(tool),
        // /usr/sbin/rabbitmq-server switches to the rabbitmq user; this one runs as the caller.
        "rabbitmq-server" => Executable("/usr/lib/rabbitmq/bin/rabbitmq-server"),
        "epmd" => FromPath(tool) ?? Executable("/usr/lib/erlang/bin/epmd"),
        _ => FromPath(tool),
    };

    // Debian installs each major version side by side: take the highest.
    private static string? FromPostgresPackages(string tool)
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.EnumerateDirectories(root)
            .Select(dir => (Dir: dir, Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : -1))
            .Where(x => x.Version >= 0)
            .OrderByDescending(x => x.Version)
            .Select(x => Executable(Path.Combine(x.Dir, "bin", tool)))
            .FirstOrDefault(path => path is not null);
    }

    private static string? FromPath(string tool)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin";
        // sbin directories are not on every user's PATH but hold some of these tools.
        var directories = path.Split(':', StringSplitOptions.RemoveEmptyEntries).Concat(["/usr/local/sbin", "/usr/sbin", "/sbin"]);
        return directories.Select(dir => Executable(Path.Combine(dir, tool))).FirstOrDefault(p => p is not null);
    }

    private static string? Executable(string path) =>
        File.Exists(path) && (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0
            ? path
            : null;
}
