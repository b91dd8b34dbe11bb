using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Contracts.Organisation;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.Testing;

namespace ServiceExcellence.ServiceDefaults.Tests.Messaging;

[Collection(MessagingCollection.Name)]
public sealed class OutboxAndInboxTests(MessagingHost messaging)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_same_event_delivered_twice_changes_the_consumer_state_once()
    {
        var code = Unique.DepartmentCode();
        var registered = NewEvent(code);
        var bus = messaging.Host.Services.GetRequiredService<IBus>();
        var consumed = ConsumedMessages.ObserveOn(bus);

        await bus.Publish(registered);
        await bus.Publish(registered);
        await consumed.WaitForAsync(registered.EventId, 2, Within);

        Assert.Equal(1, await TallyAsync(code));
        Assert.Equal(1, await InboxCountAsync(registered.EventId));
    }

    [Fact]
    public async Task Two_distinct_events_for_one_department_are_both_applied()
    {
        var code = Unique.DepartmentCode();
        var bus = messaging.Host.Services.GetRequiredService<IBus>();

        await bus.Publish(NewEvent(code));
        await bus.Publish(NewEvent(code));

        await Eventually.MatchAsync(() => TallyAsync(code), n => n == 2, Within, "both events applied");
    }

    [Fact]
    public async Task An_event_saved_to_the_outbox_is_published_and_marked_sent()
    {
        var code = Unique.DepartmentCode();
        var registered = NewEvent(code);

        await using (var scope = messaging.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            db.AddIntegrationEvent(registered);
            await db.SaveChangesAsync();
        }

        await Eventually.MatchAsync(() => TallyAsync(code), n => n == 1, Within, "the outbox event consumed");
        await Eventually.MatchAsync(() => SentAtAsync(registered.EventId), s => s is not null, Within, "the outbox row marked sent");
    }

    [Fact]
    public async Task An_event_whose_transaction_rolls_back_is_never_published()
    {
        var code = Unique.DepartmentCode();
        await using (var scope = messaging.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AddIntegrationEvent(NewEvent(code));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        // A committed event published afterwards proves the dispatcher ran past the rolled-back one.
        var after = NewEvent(code + "-after");
        await using (var scope = messaging.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            db.AddIntegrationEvent(after);
            await db.SaveChangesAsync();
        }

        await Eventually.MatchAsync(() => TallyAsync(after.DepartmentCode), n => n == 1, Within, "the committed event consumed");
        Assert.Equal(0, await TallyAsync(code));
    }

    private static DepartmentRegistered NewEvent(string code) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, code, "Probe", null);

    private async Task<int> TallyAsync(string code) =>
        await QueryAsync(db => db.Tallies.Where(t => t.DepartmentCode == code).Select(t => t.Count).SingleOrDefaultAsync());

    private async Task<int> InboxCountAsync(Guid eventId) =>
        await QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == eventId));

    private async Task<DateTimeOffset?> SentAtAsync(Guid eventId) =>
        await QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.Id == eventId).Select(m => m.SentAt).SingleAsync());

    private async Task<T> QueryAsync<T>(Func<ProbeDbContext, Task<T>> query)
    {
        await using var scope = messaging.Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ProbeDbContext>());
    }
}
