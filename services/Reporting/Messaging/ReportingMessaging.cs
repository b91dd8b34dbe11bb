using MassTransit;

namespace ServiceExcellence.Reporting.Messaging;

/// <summary>The Reporting service's two queues: feedback entries in batches, and every other event one by one.</summary>
public static class ReportingMessaging
{
    /// <summary>Messages per feedback batch; two batches run at once, so the queue prefetches twice as many.</summary>
    public const int FeedbackBatchSize = 500;

    public static IBusRegistrationConfigurator AddReportingConsumers(this IBusRegistrationConfigurator bus, string service)
    {
        bus.AddConsumer<FeedbackReceivedConsumer>(consumer => consumer.Options<BatchOptions>(batch => batch
                .SetMessageLimit(FeedbackBatchSize)
                .SetTimeLimit(TimeSpan.FromMilliseconds(50))
                .SetConcurrencyLimit(2)))
            .Endpoint(endpoint =>
            {
                endpoint.Name = $"{service}-feedback-received";
                endpoint.PrefetchCount = FeedbackBatchSize * 2;
            });
        bus.AddConsumer<ReportingEventConsumer>().Endpoint(endpoint => endpoint.Name = $"{service}-events");
        return bus;
    }
}
