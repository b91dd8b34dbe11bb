using Microsoft.Extensions.Options;

namespace ServiceExcellence.Feedback.Analysis.RecurringIssues;

/// <summary>Runs <see cref="RecurringIssueScanner.ScanAsync"/> on the configured interval of the service's clock.</summary>
public sealed class RecurringIssueJob(
    RecurringIssueScanner scanner, TimeProvider time, IOptions<TextAnalysisOptions> options, ILogger<RecurringIssueJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RecurringIssueScanInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await scanner.ScanAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed scan must not end the job; the next tick scans again.
                logger.LogError(e, "Scanning for recurring issues failed");
            }
        }
    }
}
