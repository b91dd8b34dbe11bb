using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Audits.Messaging;

/// <summary>
/// A critical complaint past its resolution deadline raises a <c>complaint</c> nonconformity, once per complaint
/// (a reopened complaint breaching again does not raise a second one).
/// </summary>
public sealed class ComplaintSlaBreachedConsumer(AuditsDbContext db, TimeProvider time, ILogger<ComplaintSlaBreachedConsumer> logger)
    : IntegrationEventConsumer<ComplaintSlaBreached, AuditsDbContext>(db, logger)
{
    public const string Critical = "critical";

    protected override async Task HandleAsync(ComplaintSlaBreached message, CancellationToken cancellationToken)
    {
        if (message.Deadline != ComplaintSlaBreached.Resolution || message.Severity != Critical)
        {
            return;
        }

        var description = $"Critical complaint {message.ComplaintId} ({message.Channel}) was not resolved by {message.DueAt:u}.";
        var nonconformity = Nonconformity.Raise(message.DepartmentCode, NonconformitySource.Complaint, message.ComplaintId.ToString(),
            description, critical: true, kpiId: null, RaisedFromEvents.RaisedBy, time.StoredNow());
        await RaisedFromEvents.RaiseOnceAsync(Db, nonconformity, logger, cancellationToken);
    }
}
