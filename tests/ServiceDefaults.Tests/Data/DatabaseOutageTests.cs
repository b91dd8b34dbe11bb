using System.Net.Sockets;
using Npgsql;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.ServiceDefaults.Tests.Data;

public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task Work_that_fails_while_the_database_restarts_is_repeated_until_it_succeeds()
    {
        var failures = new Queue<Exception>([
            new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"),
            new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)),
        ]);
        var retries = 0;

        var result = await DatabaseOutage.RideOutAsync(
            _ => failures.TryDequeue(out var failure) ? throw failure : Task.FromResult("recorded"),
            TimeSpan.FromSeconds(10), TimeProvider.System, (_, _) => retries++, CancellationToken.None);

        Assert.Equal("recorded", result);
        Assert.Equal(2, retries);
    }

    [Fact]
    public async Task An_error_in_the_statement_itself_is_thrown_at_once()
    {
        var retries = 0;

        await Assert.ThrowsAsync<PostgresException>(() => DatabaseOutage.RideOutAsync<int>(
            _ => throw new PostgresException("value violates check constraint", "ERROR", "ERROR", "23514"),
            TimeSpan.FromSeconds(10), TimeProvider.System, (_, _) => retries++, CancellationToken.None));

        Assert.Equal(0, retries);
    }

    [Fact]
    public async Task An_outage_longer_than_the_tolerance_is_thrown_after_it()
    {
        var retries = 0;

        await Assert.ThrowsAsync<NpgsqlException>(() => DatabaseOutage.RideOutAsync<int>(
            _ => throw new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)),
            TimeSpan.FromMilliseconds(400), TimeProvider.System, (_, _) => retries++, CancellationToken.None));

        Assert.Equal(1, retries); // the first pause (250 ms) fits in 400 ms, the second (500 ms) no longer does
    }
}
