using MassTransit;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Reporting.Projection;

namespace ServiceExcellence.Reporting.Messaging;

/// <summary>
/// The high-volume stream: feedback entries arrive in batches (up to <see cref="ReportingMessaging.FeedbackBatchSize"/> by default)
/// and each batch is one transaction — one insert into the event log, one upsert of the daily totals.
/// </summary>
public sealed class FeedbackReceivedConsumer(EventRecorder recorder) : IConsumer<Batch<FeedbackReceived>>
{
    public Task Consume(ConsumeContext<Batch<FeedbackReceived>> context) =>
        recorder.RecordAsync(context.Message.Select(m => m.Message).ToList(), context.CancellationToken);
}
