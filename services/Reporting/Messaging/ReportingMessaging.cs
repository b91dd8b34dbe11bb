using MassTransit;

namespace ServiceExcellence.Reporting.Messaging;

/// <summary>The Reporting service's two queues: feedback entries in batches, and every other event one by one.</summary>
public static class ReportingMessaging
{
    /// <summary>Messages per feedback batch by default (<c>Reporting:FeedbackBatchSize</c>); two batches run at once.</summary>
    public const int FeedbackBatchSize = 500;

    public const string FeedbackBatchSizeKey = "Reporting:FeedbackBatchSize";

    public static IBusRegistrationConfigurator AddReportingConsumers(this IBusRegistrationConfigurator bus, string service, IConfiguration configuration)
    {
        var batchSize = configuration.GetValue(FeedbackBatchSizeKey, FeedbackBatchSize);
        // Twice what the two running batches hold, so that the next batches are already in the client while those two
        // are written, rather than waiting for the broker after each acknowledgement.
        var prefetch = batchSize * 4;
        bus.AddConsumer<FeedbackReceivedConsumer>(consumer => consumer.Options<BatchOptions>(batch => batch
                .SetMessageLimit(batchSize)
                .SetTimeLimit(TimeSpan.FromMilliseconds(50))
                .SetConcurrencyLimit(2)))
            .Endpoint(endpoint =>
            {
                endpoint.Name = $"{service}-feedback-received";
                endpoint.PrefetchCount = prefetch;
            });
        bus.AddConsumer<ReportingEventConsumer>().Endpoint(endpoint => endpoint.Name = $"{service}-events");
        return bus;
    }
}
