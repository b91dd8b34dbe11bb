using Microsoft.Extensions.Logging;
using ServiceExcellence.Contracts.Organisation;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.ServiceDefaults.Tests.Messaging;

/// <summary>Adds one to the department's tally for every DepartmentRegistered it applies.</summary>
public sealed class TallyConsumer(ProbeDbContext db, ILogger<TallyConsumer> logger)
    : IntegrationEventConsumer<DepartmentRegistered, ProbeDbContext>(db, logger)
{
    protected override async Task HandleAsync(DepartmentRegistered message, CancellationToken cancellationToken)
    {
        var tally = await Db.Tallies.FindAsync([message.DepartmentCode], cancellationToken);
        if (tally is null)
        {
            Db.Tallies.Add(new Tally { DepartmentCode = message.DepartmentCode, Count = 1 });
        }
        else
        {
            tally.Count++;
        }
    }
}
