using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ServiceExcellence.AppHost.Infrastructure;

/// <summary>Adds PostgreSQL from the operating system's packages: initdb on first start, then postgres on 127.0.0.1.</summary>
public static class LocalPostgresExtensions
{
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, SuiteOptions suite, int port, IResourceBuilder<ParameterResource> password)
    {
        var dataDirectory = Path.Combine(suite.DataDirectory, name);
        var socketDirectory = SocketDirectory(suite.DataDirectory, port);
        List<string> arguments =
        [
            "-D", dataDirectory, "-p", port.ToString(CultureInfo.InvariantCulture), "-k", socketDirectory,
            "-c", "listen_addresses=127.0.0.1",
            // Five services with connection pools, plus tests and tools.
            "-c", "max_connections=300",
        ];
        if (suite.FastStorage)
        {
            // Without fsync a commit costs a write to the page cache, which survives a killed server. Commits stay
            // synchronous: asynchronous ones would lose acknowledged rows when a fault test kills PostgreSQL.
            arguments.AddRange(["-c", "fsync=off", "-c", "full_page_writes=off"]);
        }

        var (command, args) = SystemUser.Wrap(LocalPostgresResource.SystemUserName, LocalTools.Require("postgres"), arguments);
        var server = new LocalPostgresResource(name, command, suite.DataDirectory, password.Resource);

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, async (e, cancellationToken) =>
        {
            var log = e.Services.GetRequiredService<ResourceLoggerService>().GetLogger(server);
            var secret = await server.Password.GetValueAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The {name} password has no value.");
            await PrepareDataDirectoryAsync(suite, dataDirectory, socketDirectory, secret, log, cancellationToken).ConfigureAwait(false);
        });
        builder.Eventing.Subscribe<ResourceReadyEvent>(server, (e, cancellationToken) => CreateDatabasesAsync(server, e.Services, cancellationToken));

        var check = $"{name}_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(check, cancellationToken => CanQueryAsync(server, "postgres", cancellationToken));
        return builder.AddResource(server)
            .WithLocalEndpoint("tcp", port)
            .WithArgs([.. args])
            .WithHealthCheck(check)
            .WithIconName("DatabaseMultiple");
    }

    /// <summary>A database on the server, created when the server is first healthy; healthy when it takes a query.</summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresResource> server, string name)
    {
        var database = new LocalPostgresDatabaseResource(name, server.Resource);
        server.Resource.Databases.Add(database);
        var check = $"{name}_check";
        server.ApplicationBuilder.Services.AddHealthChecks()
            .AddAsyncCheck(check, cancellationToken => CanQueryAsync(server.Resource, name, cancellationToken));
        return server.ApplicationBuilder.AddResource(database).WithHealthCheck(check).WithIconName("Database");
    }

    private static async Task PrepareDataDirectoryAsync(
        SuiteOptions suite, string dataDirectory, string socketDirectory, string password, ILogger log, CancellationToken cancellationToken)
    {
        var owner = SystemUser.IsRoot
            ? SystemUser.Lookup(LocalPostgresResource.SystemUserName) ?? throw new InvalidOperationException(
                $"the {LocalPostgresResource.SystemUserName} system user does not exist: run eng/prereqs.sh (or: apt-get install -y postgresql)")
            : ((uint Uid, uint Gid)?)null;
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Directory.CreateDirectory(suite.DataDirectory);
        if (owner is not null)
        {
            // The postgres user must be able to walk into the data directory to reach its own folders.
            File.SetUnixFileMode(suite.DataDirectory,
                File.GetUnixFileMode(suite.DataDirectory) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        SystemUser.CreateOwnedDirectory(socketDirectory, owner, ownerOnly);
        if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            return;
        }

        if (Directory.Exists(dataDirectory))
        {
            log.LogWarning("{DataDirectory} holds an unfinished initdb; initialising again", dataDirectory);
            Directory.Delete(dataDirectory, recursive: true);
        }

        SystemUser.CreateOwnedDirectory(dataDirectory, owner, ownerOnly);
        // initdb reads the superuser's password from a file: never on a command line, where ps would show it.
        var passwordFile = Path.Combine(suite.DataDirectory, "postgres.initdb-password");
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken).ConfigureAwait(false);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        if (owner is { } user)
        {
            SystemUser.ChangeOwner(passwordFile, user.Uid, user.Gid);
        }

        try
        {
            List<string> arguments =
            [
                "-D", dataDirectory, "-U", LocalPostgresResource.UserName, $"--pwfile={passwordFile}",
                "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
            ];
            if (suite.FastStorage)
            {
                arguments.Add("--no-sync");
            }

            var (command, args) = SystemUser.Wrap(LocalPostgresResource.SystemUserName, LocalTools.Require("initdb"), arguments);
            log.LogInformation("initdb {DataDirectory}", dataDirectory);
            await RunAsync(command, args, suite.DataDirectory, log, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private static async Task RunAsync(string command, IReadOnlyList<string> arguments, string workingDirectory, ILogger log, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        process.OutputDataReceived += (_, line) => { if (line.Data is { } text) log.LogInformation("{Line}", text); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { } text) log.LogWarning("{Line}", text); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(command)} failed with exit code {process.ExitCode}; its output is in the resource's console log.");
        }
    }

    private static async Task CreateDatabasesAsync(LocalPostgresResource server, IServiceProvider services, CancellationToken cancellationToken)
    {
        var connectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = new NpgsqlConnection($"{connectionString};Database=postgres;Pooling=false;Timeout=5");
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        foreach (var database in server.Databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database.DatabaseName);
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
            {
                // Names come from the AppHost's model, never from input; CREATE DATABASE takes no parameters.
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            // A database has no process of its own, so nothing else says it is there; its health check then says it works.
            await notifications.PublishUpdateAsync(database, state => state with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
                Properties = [.. state.Properties.Where(p => p.Name != "postgres.database"), new("postgres.database", database.DatabaseName)],
            }).ConfigureAwait(false);
        }
    }

    private static async Task<HealthCheckResult> CanQueryAsync(LocalPostgresResource server, string database, CancellationToken cancellationToken)
    {
        try
        {
            var connectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = new NpgsqlConnection($"{connectionString};Database={database};Pooling=false;Timeout=3;Command Timeout=5");
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or IOException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Unhealthy($"database {database} does not take a query: {e.Message}", e);
        }
    }

    // Unix socket paths are limited to 107 bytes; a deep data directory falls back to a short path in /tmp.
    private static string SocketDirectory(string dataDirectory, int port)
    {
        var preferred = Path.Combine(dataDirectory, "run");
        return preferred.Length + "/.s.PGSQL.65535".Length < 100 ? preferred : Path.Combine(Path.GetTempPath(), $"se-pg-{port}");
    }
}
