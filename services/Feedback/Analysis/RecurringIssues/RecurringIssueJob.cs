using Microsoft.Extensions.Options;
using ServiceExcellence.ServiceDefaults.Jobs;

namespace ServiceExcellence.Feedback.Analysis.RecurringIssues;

/// <summary>Runs <see cref="RecurringIssueScanner.ScanAsync"/> on the configured interval of the service's clock.</summary>
public sealed class RecurringIssueJob(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<TextAnalysisOptions> options, ILogger<RecurringIssueJob> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => options.Value.RecurringIssueScanInterval;

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<RecurringIssueScanner>().ScanAsync(cancellationToken);
}
