using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.ServiceDefaults.Tests.Messaging;

[Collection(MessagingCollection.Name)]
public sealed class OutboxBatchQueryTests(MessagingHost messaging)
{
    [Fact]
    public async Task A_batch_is_claimed_through_the_unsent_index_in_id_order_even_when_statistics_say_nothing_is_unsent()
    {
        await using var scope = messaging.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();

        // Statistics from a moment when every row was sent, then a backlog the planner has not been told about. Nothing
        // is committed, so the dispatcher running beside this test never sees these rows.
        await ExecuteAsync(connection, $"UPDATE {MessagingModel.OutboxTable} SET sent_at = now() WHERE sent_at IS NULL");
        await ExecuteAsync(connection, $"ANALYZE {MessagingModel.OutboxTable}");
        await ExecuteAsync(connection, $"""
            INSERT INTO {MessagingModel.OutboxTable} (id, type, payload, occurred_at, attempts)
            SELECT gen_random_uuid(), 'probe', jsonb_build_object('text', repeat('x', 600)), now(), 0
            FROM generate_series(1, 20000)
            """);
        var claim = string.Format(CultureInfo.InvariantCulture, OutboxBatchQuery.Select, 1000, 200);
        var unguided = await PlanAsync(connection, claim);

        // The dispatcher's own claim: what it sets for its transaction stays in force for the rest of this one.
        var claimed = await OutboxBatchQuery.ClaimAsync(db, 1000, 200, CancellationToken.None);
        var guided = await PlanAsync(connection, claim);

        Assert.Contains("Sort", unguided); // the situation the settings exist for
        Assert.Equal(200, claimed.Count);
        Assert.DoesNotContain("Sort", guided);
        Assert.Contains("Index Scan using ix_outbox_messages_unsent", guided);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> PlanAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand("EXPLAIN " + sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
