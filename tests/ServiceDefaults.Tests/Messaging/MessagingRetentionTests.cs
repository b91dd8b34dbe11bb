using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.ServiceDefaults.Tests.Messaging;

[Collection(MessagingCollection.Name)]
public sealed class MessagingRetentionTests(MessagingHost messaging)
{
    [Fact]
    public async Task Published_outbox_rows_and_inbox_entries_past_the_retention_are_deleted_and_unpublished_or_recent_ones_kept()
    {
        await using var scope = messaging.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        var now = DateTimeOffset.UtcNow;
        var old = now.AddDays(-8);
        var (oldSent, oldUnsent, recentSent) = (Guid.CreateVersion7(old), Guid.CreateVersion7(old), Guid.CreateVersion7(now.AddDays(-1)));
        var (oldInbox, recentInbox) = (Guid.NewGuid(), Guid.NewGuid());
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO outbox_messages (id, type, payload, occurred_at, sent_at, attempts, last_error)
            VALUES ({oldSent}, 'retention-probe', jsonb_build_object(), {old}, {old}, 0, NULL),
                   ({oldUnsent}, 'retention-probe', jsonb_build_object(), {old}, NULL, 1000, 'given up'),
                   ({recentSent}, 'retention-probe', jsonb_build_object(), {now.AddDays(-1)}, {now.AddDays(-1)}, 0, NULL)
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO inbox_messages (message_id, consumer, processed_at)
            VALUES ({oldInbox}, 'retention-probe', {old}), ({recentInbox}, 'retention-probe', {now.AddDays(-1)})
            """);

        // The service's own retention job (sweeping every 200 ms in this host), not a direct call: its wiring counts too.
        List<Guid> outboxLeft = [], inboxLeft = [];
        for (var wait = 0; wait < 100; wait++)
        {
            outboxLeft = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Type == "retention-probe").Select(m => m.Id).ToListAsync();
            inboxLeft = await db.Database.SqlQuery<Guid>($"SELECT message_id AS \"Value\" FROM inbox_messages WHERE consumer = 'retention-probe'").ToListAsync();
            if (outboxLeft.Count + inboxLeft.Count <= 3)
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal([oldUnsent, recentSent], outboxLeft.Order());
        Assert.Equal([recentInbox], inboxLeft);
    }
}
