using Npgsql;
using RabbitMQ.Client;
using ServiceExcellence.AppHost.Platform;
using StackExchange.Redis;

namespace ServiceExcellence.AppHost.Tests.Infrastructure;

[Collection(InfrastructureCollection.Name)]
public sealed class InfrastructureTests(InfrastructureFixture fixture)
{
    private SuiteHost Host => fixture.Host;

    [Fact]
    public async Task Infrastructure_starts_and_every_resource_answers()
    {
        foreach (var database in new[] { "goalsdb", "feedbackdb", "auditsdb", "reportingdb" })
        {
            await using var connection = new NpgsqlConnection(Host.ConnectionStrings[database]);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT current_database()", connection);
            Assert.Equal(database, await command.ExecuteScalarAsync());
        }

        var factory = new ConnectionFactory { Uri = new Uri(Host.ConnectionStrings["rabbitmq"]) };
        await using (var rabbit = await factory.CreateConnectionAsync())
        {
            Assert.True(rabbit.IsOpen);
        }

        // The services' own client and connection string shape (they append their options the same way).
        using var redis = await ConnectionMultiplexer.ConnectAsync(Host.ConnectionStrings["redis"] + ",abortConnect=false");
        var latency = await redis.GetDatabase().PingAsync();
        Assert.True(latency < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Connection_strings_follow_the_Aspire_shapes_and_name_only_loopback()
    {
        Assert.Matches(@"^amqp://suite:[A-Za-z0-9]+@127\.0\.0\.1:\d+/$", Host.ConnectionStrings["rabbitmq"]);
        Assert.Matches(@"^127\.0\.0\.1:\d+,password=[A-Za-z0-9]+$", Host.ConnectionStrings["redis"]);
        Assert.Matches(@"^Host=127\.0\.0\.1;Port=\d+;Username=postgres;Password=[A-Za-z0-9]+;Database=goalsdb$", Host.ConnectionStrings["goalsdb"]);
        Assert.Empty(Host.ServiceUrls);
        Assert.Throws<InvalidOperationException>(() => Host.GatewayUrl);
    }

    [Fact]
    public void The_signing_key_is_a_private_RSA_2048_key_readable_only_by_its_owner()
    {
        using var rsa = System.Security.Cryptography.RSA.Create();
        var pem = File.ReadAllText(Host.SigningKeyPath);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", pem);
        rsa.ImportFromPem(pem);
        Assert.Equal(2048, rsa.KeySize);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Host.SigningKeyPath));
        Assert.StartsWith(Host.DataDirectory, Host.SigningKeyPath);
    }

    [Fact]
    public async Task RabbitMQ_keeps_its_port_credentials_and_messages_across_a_stop_and_start()
    {
        var connectionString = Host.ConnectionStrings["rabbitmq"];
        var queue = "apphost-tests-" + Guid.NewGuid().ToString("N");
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using (var connection = await factory.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true)))
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
            await channel.BasicPublishAsync("", queue, mandatory: true, new BasicProperties { Persistent = true }, "kept"u8.ToArray());
        }

        await Host.StopResourceAsync("rabbitmq");
        await Assert.ThrowsAnyAsync<Exception>(() => factory.CreateConnectionAsync());
        await Host.StartResourceAsync("rabbitmq");

        Assert.Equal(connectionString, Host.ConnectionStrings["rabbitmq"]);
        await using (var connection = await factory.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            var message = await channel.BasicGetAsync(queue, autoAck: true);
            Assert.NotNull(message);
            Assert.Equal("kept", System.Text.Encoding.UTF8.GetString(message.Body.Span));
            await channel.QueueDeleteAsync(queue);
        }
    }

    [Fact]
    public async Task PostgreSQL_killed_with_SIGKILL_is_not_restarted_and_comes_back_with_its_data()
    {
        var connectionString = Host.ConnectionStrings["auditsdb"];
        var table = "apphost_tests_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(connectionString, $"CREATE TABLE {table} (value text); INSERT INTO {table} VALUES ('kept')");
        var pid = Host.ProcessIds["postgres"];

        await Host.KillResourceAsync("postgres");

        Assert.False(ProcFs.IsRunning(pid));
        Assert.False(Host.ProcessIds.ContainsKey("postgres"));
        await Task.Delay(300); // long enough that an automatic restart would have begun
        Assert.False(Host.ProcessIds.ContainsKey("postgres"));

        await Host.StartResourceAsync("postgres");
        NpgsqlConnection.ClearAllPools();
        Assert.Equal(connectionString, Host.ConnectionStrings["auditsdb"]);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT value FROM {table}", connection);
        Assert.Equal("kept", await command.ExecuteScalarAsync());
        await ExecuteAsync(connectionString, $"DROP TABLE {table}");
    }

    [Fact]
    public void Every_child_runs_in_its_own_session_so_a_terminal_Ctrl_C_reaches_only_the_host()
    {
        foreach (var (name, pid) in Host.ProcessIds)
        {
            Assert.True(ProcFs.Session(pid) == pid, $"{name} (pid {pid}) is not a session leader");
        }

        // And the postgres server itself runs as the postgres user when we are root (setpriv execs, same pid).
        if (Posix.IsRoot)
        {
            var status = File.ReadAllLines($"/proc/{Host.ProcessIds["postgres"]}/status").Single(l => l.StartsWith("Uid:"));
            Assert.Contains(Posix.LookupUser("postgres")!.Value.Uid.ToString(), status);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
