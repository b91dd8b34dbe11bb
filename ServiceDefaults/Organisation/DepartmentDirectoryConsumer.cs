using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ServiceExcellence.Contracts.Organisation;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.ServiceDefaults.Organisation;

/// <summary>Keeps <see cref="KnownDepartment"/> in step with the organisation events; both events carry the full state.</summary>
public sealed class DepartmentDirectoryConsumer<TContext>(
    TContext db, IEnumerable<IDepartmentDirectoryObserver> observers, ILogger<DepartmentDirectoryConsumer<TContext>> logger)
    : IConsumer<DepartmentRegistered>, IConsumer<DepartmentUpdated>
    where TContext : DbContext
{
    private const string ConsumerName = "department-directory";

    public async Task Consume(ConsumeContext<DepartmentRegistered> context)
    {
        await Inbox.ApplyOnceAsync(db, context, ConsumerName, logger,
            (e, ct) => ApplyAsync(e.DepartmentCode, e.Name, e.ParentCode, e.OccurredAt, ct));
        await TellObserversAsync(context.Message.DepartmentCode, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<DepartmentUpdated> context)
    {
        await Inbox.ApplyOnceAsync(db, context, ConsumerName, logger,
            (e, ct) => ApplyAsync(e.DepartmentCode, e.Name, e.ParentCode, e.OccurredAt, ct));
        await TellObserversAsync(context.Message.DepartmentCode, context.CancellationToken);
    }

    private async Task TellObserversAsync(string code, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.DepartmentChangedAsync(code, cancellationToken);
        }
    }

    private async Task ApplyAsync(string code, string name, string? parentCode, DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        var department = await db.Set<KnownDepartment>().FindAsync([code], cancellationToken);
        if (department is null)
        {
            db.Set<KnownDepartment>().Add(new KnownDepartment { Code = code, Name = name, ParentCode = parentCode, ChangedAt = changedAt });
        }
        else if (changedAt >= department.ChangedAt)
        {
            department.Name = name;
            department.ParentCode = parentCode;
            department.ChangedAt = changedAt;
        }
        else
        {
            // Events are published concurrently, so an older state may arrive after a newer one.
            logger.LogInformation("Ignored stale state of department {Code} from {ChangedAt}", code, changedAt);
        }
    }
}
