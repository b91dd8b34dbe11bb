using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ServiceExcellence.Contracts.Organisation;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.ServiceDefaults.Organisation;

/// <summary>Keeps <see cref="KnownDepartment"/> in step with the organisation events; both events carry the full state.</summary>
public sealed class DepartmentDirectoryConsumer<TContext>(TContext db, ILogger<DepartmentDirectoryConsumer<TContext>> logger)
    : IConsumer<DepartmentRegistered>, IConsumer<DepartmentUpdated>
    where TContext : DbContext
{
    private const string ConsumerName = "department-directory";

    public Task Consume(ConsumeContext<DepartmentRegistered> context) =>
        Inbox.ApplyOnceAsync(db, context, ConsumerName, logger,
            (e, ct) => ApplyAsync(e.DepartmentCode, e.Name, e.ParentCode, e.OccurredAt, ct));

    public Task Consume(ConsumeContext<DepartmentUpdated> context) =>
        Inbox.ApplyOnceAsync(db, context, ConsumerName, logger,
            (e, ct) => ApplyAsync(e.DepartmentCode, e.Name, e.ParentCode, e.OccurredAt, ct));

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
