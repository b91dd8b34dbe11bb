using System.Text;
using Npgsql;
using RabbitMQ.Client;
using ServiceExcellence.Testing;
using StackExchange.Redis;

namespace ServiceExcellence.AppHost.Tests.Infrastructure;

/// <summary>The local PostgreSQL, RabbitMQ and Redis the AppHost runs, started by the orchestrator and driven as an operator would.</summary>
public sealed class InfrastructureTests(InfrastructureFixture infrastructure) : IClassFixture<InfrastructureFixture>
{
    private SuiteApp Suite => infrastructure.Suite;

    [Fact]
    public async Task Every_database_takes_a_query_and_the_broker_and_the_cache_answer()
    {
        foreach (var database in new[] { "goalsdb", "feedbackdb", "auditsdb", "reportingdb", "gatewaydb" })
        {
            Assert.Equal(database, await ScalarAsync(database, "SELECT current_database()"));
        }

        var factory = new ConnectionFactory { Uri = new Uri(Suite.ConnectionStrings["rabbitmq"]) };
        await using (var connection = await factory.CreateConnectionAsync())
        {
            Assert.True(connection.IsOpen);
        }

        await using var redis = await ConnectionMultiplexer.ConnectAsync(Suite.ConnectionStrings["redis"]);
        await redis.GetDatabase().PingAsync();
    }

    [Fact]
    public void Connection_strings_follow_the_Aspire_shapes_and_name_only_loopback()
    {
        Assert.StartsWith("Host=127.0.0.1;Port=", Suite.ConnectionStrings["goalsdb"], StringComparison.Ordinal);
        Assert.EndsWith(";Database=goalsdb", Suite.ConnectionStrings["goalsdb"], StringComparison.Ordinal);
        Assert.Matches("^amqp://suite:[A-Za-z0-9]+@127\\.0\\.0\\.1:[0-9]+/$", Suite.ConnectionStrings["rabbitmq"]);
        Assert.Matches("^127\\.0\\.0\\.1:[0-9]+,password=[A-Za-z0-9]+$", Suite.ConnectionStrings["redis"]);
    }

    [Fact]
    public async Task RabbitMQ_keeps_its_port_credentials_and_messages_across_a_stop_and_start()
    {
        var queue = $"apphost-test-{Guid.NewGuid():N}";
        var factory = new ConnectionFactory { Uri = new Uri(Suite.ConnectionStrings["rabbitmq"]) };
        await using (var connection = await factory.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
            await channel.BasicPublishAsync("", queue, mandatory: false, new BasicProperties { Persistent = true }, Encoding.UTF8.GetBytes("kept"));
        }

        await Suite.StopResourceAsync("rabbitmq");
        await Suite.StartResourceAsync("rabbitmq");

        await using (var connection = await factory.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            var message = await channel.BasicGetAsync(queue, autoAck: true);
            Assert.Equal("kept", Encoding.UTF8.GetString(message!.Body.Span));
            await channel.QueueDeleteAsync(queue);
        }
    }

    [Fact]
    public async Task PostgreSQL_killed_with_SIGKILL_stays_down_until_started_and_comes_back_with_its_data()
    {
        var table = $"kept_{Guid.NewGuid():N}";
        await ScalarAsync("auditsdb", $"CREATE TABLE {table} (v text); INSERT INTO {table} VALUES ('kept'); SELECT 1");
        var before = Suite.ProcessIdOf("postgres");

        await Suite.KillResourceAsync("postgres");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Null(Suite.ProcessIdOf("postgres") is { } pid && pid != before ? pid : null);

        await Suite.StartResourceAsync("postgres");
        Assert.Equal("kept", await ScalarAsync("auditsdb", $"SELECT v FROM {table}"));
    }

    private async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(Suite.ConnectionStrings[database] + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}

/// <summary>The infrastructure alone, started once for the tests of this class.</summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    public SuiteApp Suite { get; private set; } = null!;

    public async Task InitializeAsync() => Suite = await SuiteApp.StartAsync(new SuiteAppOptions { StartServices = false });

    public async Task DisposeAsync() => await Suite.DisposeAsync();
}
