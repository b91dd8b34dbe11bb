using Microsoft.Extensions.Options;
using ServiceExcellence.Feedback.Data;

namespace ServiceExcellence.Feedback.Analysis.Topics;

/// <summary>Loads the taxonomies before the service takes requests, then reloads them on an interval.</summary>
public sealed class TopicTaxonomyRefresher(
    IServiceScopeFactory scopes, TopicTaxonomyCatalog catalog, TimeProvider time,
    IOptions<TextAnalysisOptions> options, ILogger<TopicTaxonomyRefresher> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Migrations have run (their hosted service starts first); a failure here leaves the defaults in place until
        // the next periodic reload rather than stopping the service.
        await ReloadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TaxonomyRefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await ReloadAsync(stoppingToken);
        }
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await catalog.ReloadAsync(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Reloading the departments' topic taxonomies failed; the previous snapshot stays in use");
        }
    }
}
