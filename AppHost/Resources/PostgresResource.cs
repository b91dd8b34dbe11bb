using Npgsql;
using ServiceExcellence.AppHost.Model;
using ServiceExcellence.AppHost.Platform;
using ServiceExcellence.AppHost.Processes;

namespace ServiceExcellence.AppHost.Resources;

/// <summary>
/// PostgreSQL from the distribution's packages: initdb once into &lt;data&gt;/postgres, then postgres on 127.0.0.1;
/// as the postgres system user when the host is root (both refuse to run as root). Creates the suite's databases.
/// </summary>
internal sealed class PostgresResource(SuiteSettings settings, Binaries binaries, string password, IReadOnlyList<string> databases)
    : Resource(ResourceNames.Postgres, [])
{
    private const string SystemUser = "postgres";
    private const string SuperUser = "postgres";

    private readonly int _port = settings.PortOf(ResourceNames.Postgres);
    private readonly string _dataDirectory = Path.Combine(settings.DataDirectory, "postgres");

    public override IReadOnlyList<int> Ports => [_port];

    public override string Endpoint => $"127.0.0.1:{_port}";

    /// <summary>The connection string of one database of this server.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port};Username={SuperUser};Password={password};Database={database}";

    public override void CheckPrerequisites()
    {
        binaries.Require("initdb");
        binaries.Require("postgres");
        if (Posix.IsRoot)
        {
            binaries.Require("setpriv");
            _ = Posix.LookupUser(SystemUser) ?? throw new PrerequisiteException(
                $"the {SystemUser} system user does not exist: run eng/prereqs.sh (or: apt-get install -y postgresql)");
        }
    }

    public override async Task PrepareAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        var owner = Posix.IsRoot ? Posix.LookupUser(SystemUser) : null;
        if (owner is not null)
        {
            // The postgres user must be able to walk into the data directory to reach its own folders.
            AddTraverse(settings.DataDirectory);
        }

        var socketDirectory = SocketDirectory();
        CreateOwnedDirectory(socketDirectory, owner, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        if (File.Exists(Path.Combine(_dataDirectory, "PG_VERSION")))
        {
            return;
        }

        if (Directory.Exists(_dataDirectory))
        {
            context.HostLog.Info($"postgres: {_dataDirectory} holds an unfinished initdb; initialising again");
            Directory.Delete(_dataDirectory, recursive: true);
        }

        CreateOwnedDirectory(_dataDirectory, owner, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var passwordFile = Path.Combine(settings.DataDirectory, "postgres.initdb-password");
        File.WriteAllText(passwordFile, password);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        if (owner is { } user)
        {
            Posix.ChangeOwner(passwordFile, user.Uid, user.Gid);
        }

        try
        {
            context.HostLog.Info($"postgres: initdb {_dataDirectory}");
            List<string> arguments =
            [
                "-D", _dataDirectory, "-U", SuperUser, $"--pwfile={passwordFile}",
                "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
            ];
            if (settings.FastStorage)
            {
                arguments.Add("--no-sync");
            }

            var spec = new ProcessSpec
            {
                FileName = binaries.Require("initdb"),
                Arguments = arguments,
                WorkingDirectory = settings.DataDirectory,
                RunAsUser = SystemUser,
                ClearedEnvironmentPrefixes = ["PG"],
            };
            var code = await context.Launcher.RunToCompletionAsync(Name, spec, context.Log, cancellationToken).ConfigureAwait(false);
            if (code != 0)
            {
                throw new ResourceStartException(Name,
                    $"postgres: initdb failed with exit code {code}; see {context.Log.Path}:{Environment.NewLine}  {string.Join($"{Environment.NewLine}  ", context.Log.Tail())}");
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    public override ProcessSpec CreateProcessSpec()
    {
        List<string> arguments =
        [
            "-D", _dataDirectory, "-p", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-k", SocketDirectory(),
            "-c", "listen_addresses=127.0.0.1",
            // Four services with connection pools, plus tests and tools.
            "-c", "max_connections=300",
        ];
        if (settings.FastStorage)
        {
            // Without fsync a commit costs a write to the page cache, which survives a killed server. Commits stay
            // synchronous: asynchronous ones would lose acknowledged rows when a fault test kills PostgreSQL.
            arguments.AddRange(["-c", "fsync=off", "-c", "full_page_writes=off"]);
        }

        return new ProcessSpec
        {
            FileName = binaries.Require("postgres"),
            Arguments = arguments,
            WorkingDirectory = settings.DataDirectory,
            RunAsUser = SystemUser,
            ClearedEnvironmentPrefixes = ["PG"],
            // SIGTERM would wait for every client to disconnect; SIGINT ends sessions and shuts down cleanly.
            StopSignal = Posix.SigInt,
            // Immediate shutdown: no checkpoint, the postmaster still ends (and reaps) its children first.
            DiscardSignal = Posix.SigQuit,
        };
    }

    public override async Task<HealthProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false;Timeout=3;Command Timeout=5");
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return HealthProbe.Healthy;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or IOException or System.Net.Sockets.SocketException)
        {
            return HealthProbe.Unhealthy(ex);
        }
    }

    public override async Task OnHealthyAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false;Timeout=5");
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var database in databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
            {
                // Names come from ResourceNames, never from input; CREATE DATABASE takes no parameters.
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Unix socket paths are limited to 107 bytes; a deep data directory falls back to a short path in /tmp.
    private string SocketDirectory()
    {
        var preferred = Path.Combine(settings.DataDirectory, "run");
        return preferred.Length + "/.s.PGSQL.65535".Length < 100
            ? preferred
            : Path.Combine(Path.GetTempPath(), $"se-pg-{_port}");
    }

    private static void CreateOwnedDirectory(string path, (uint Uid, uint Gid)? owner, UnixFileMode mode)
    {
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, mode);
        if (owner is { } user)
        {
            Posix.ChangeOwner(path, user.Uid, user.Gid);
        }
    }

    private static void AddTraverse(string directory) =>
        File.SetUnixFileMode(directory, File.GetUnixFileMode(directory) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
}
