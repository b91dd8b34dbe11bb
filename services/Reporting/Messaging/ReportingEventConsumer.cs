using MassTransit;
using ServiceExcellence.Contracts;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Contracts.Audits;
using ServiceExcellence.Contracts.Organisation;
using ServiceExcellence.Contracts.Goals;
using ServiceExcellence.Reporting.Projection;

namespace ServiceExcellence.Reporting.Messaging;

/// <summary>
/// Every integration event other than feedback entries, one at a time, on one queue: each is logged (the log is the
/// inbox) and applied to the read models that use it; events no read model uses yet are logged for a later rebuild.
/// </summary>
public sealed class ReportingEventConsumer(EventRecorder recorder) :
    IConsumer<ComplaintOpened>,
    IConsumer<ComplaintResponded>,
    IConsumer<ComplaintResolved>,
    IConsumer<ComplaintClosed>,
    IConsumer<ComplaintReopened>,
    IConsumer<ComplaintSlaBreached>,
    IConsumer<ServqualResponseRecorded>,
    IConsumer<KanoStudyCreated>,
    IConsumer<KanoResponseRecorded>,
    IConsumer<RecurringIssueDetected>,
    IConsumer<StandardPublished>,
    IConsumer<AuditCompleted>,
    IConsumer<NonconformityRaised>,
    IConsumer<NonconformityClosed>,
    IConsumer<NonconformityReopened>,
    IConsumer<CorrectiveActionPlanned>,
    IConsumer<CorrectiveActionStarted>,
    IConsumer<CorrectiveActionCompleted>,
    IConsumer<CorrectiveActionVerified>,
    IConsumer<CorrectiveActionOverdue>,
    IConsumer<StaffAssessed>,
    IConsumer<DepartmentRegistered>,
    IConsumer<DepartmentUpdated>,
    IConsumer<StaffRegistered>,
    IConsumer<KpiStatusChanged>,
    IConsumer<KpiThresholdBreached>,
    IConsumer<GoalDefined>,
    IConsumer<GoalClosed>,
    IConsumer<KpiMeasured>,
    IConsumer<AlertAcknowledged>,
    IConsumer<AlertEscalated>,
    IConsumer<AlertResolved>
{
    public Task Consume(ConsumeContext<ComplaintOpened> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ComplaintResponded> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ComplaintResolved> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ComplaintClosed> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ComplaintReopened> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ComplaintSlaBreached> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ServqualResponseRecorded> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<KanoStudyCreated> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<KanoResponseRecorded> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<RecurringIssueDetected> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<StandardPublished> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AuditCompleted> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<NonconformityRaised> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<NonconformityClosed> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<NonconformityReopened> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<CorrectiveActionPlanned> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<CorrectiveActionStarted> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<CorrectiveActionCompleted> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<CorrectiveActionVerified> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<CorrectiveActionOverdue> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<StaffAssessed> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<DepartmentRegistered> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<DepartmentUpdated> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<StaffRegistered> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<KpiStatusChanged> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<KpiThresholdBreached> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<GoalDefined> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<GoalClosed> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<KpiMeasured> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AlertAcknowledged> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AlertEscalated> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AlertResolved> context) => RecordAsync(context);

    private Task RecordAsync<TEvent>(ConsumeContext<TEvent> context) where TEvent : class, IIntegrationEvent =>
        recorder.RecordAsync([context.Message], context.CancellationToken);
}
