namespace ServiceExcellence.AppHost.Platform;

/// <summary>Finds tools where Debian's packages put them, then on PATH.</summary>
internal sealed class SystemBinaryLocator : IBinaryLocator
{
    public static SystemBinaryLocator Instance { get; } = new();

    public string? Find(string tool) => tool switch
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
