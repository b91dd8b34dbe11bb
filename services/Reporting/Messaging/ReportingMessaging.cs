using MassTransit;

namespace ServiceExcellence.Reporting.Messaging;

/// <summary>The Reporting service's two queues: feedback entries in batches, and every other event one by one.</summary>
public static class ReportingMessaging
{
    /// <summary>
    /// Messages per feedback batch by default (<c>Reporting:FeedbackBatchSize</c>). Small on purpose: RabbitMQ 3.10 finds
    /// each acknowledgement by walking the consumer's unacknowledged messages from the oldest, and MassTransit
    /// acknowledges a finished batch in no particular order, so the queue's cost per message grows with the messages in
    /// flight. Batches of 500 (2,000 in flight) held consumption at 4,300–4,900 events/s with the queue's process as
    /// the bound; 100 (400 in flight) gave 6,481, 200 gave 6,215, 50 gave 5,512.
    /// </summary>
    public const int FeedbackBatchSize = 100;

    /// <summary>Feedback batches written at once by default (<c>Reporting:FeedbackBatchConcurrency</c>).</summary>
    public const int FeedbackBatchConcurrency = 2;

    public const string FeedbackBatchSizeKey = "Reporting:FeedbackBatchSize";

    public const string FeedbackBatchConcurrencyKey = "Reporting:FeedbackBatchConcurrency";

    public static IBusRegistrationConfigurator AddReportingConsumers(this IBusRegistrationConfigurator bus, string service, IConfiguration configuration)
    {
        var batchSize = configuration.GetValue(FeedbackBatchSizeKey, FeedbackBatchSize);
        var concurrency = configuration.GetValue(FeedbackBatchConcurrencyKey, FeedbackBatchConcurrency);
        // Twice what the running batches hold, so that the next batches are already in the client while those are
        // written, rather than waiting for the broker after each acknowledgement.
        var prefetch = batchSize * concurrency * 2;
        bus.AddConsumer<FeedbackReceivedConsumer>(consumer => consumer.Options<BatchOptions>(batch => batch
                .SetMessageLimit(batchSize)
                .SetTimeLimit(TimeSpan.FromMilliseconds(50))
                .SetConcurrencyLimit(concurrency)))
            .Endpoint(endpoint =>
            {
                endpoint.Name = $"{service}-feedback-received";
                endpoint.PrefetchCount = prefetch;
            });
        bus.AddConsumer<ReportingEventConsumer>().Endpoint(endpoint => endpoint.Name = $"{service}-events");
        return bus;
    }
}
