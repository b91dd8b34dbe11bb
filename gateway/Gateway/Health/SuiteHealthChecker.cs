using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ServiceExcellence.Gateway.Forwarding;

namespace ServiceExcellence.Gateway.Health;

/// <summary>
/// Probes every cluster destination's health endpoint concurrently, each within its cluster's short timeout, and runs the
/// gateway's own registered health checks (reported as <c>gateway</c>). A service is healthy when all its destinations are.
/// </summary>
public sealed class SuiteHealthChecker(
    ProxyConfigProvider configProvider,
    ForwarderHttpClient client,
    HealthCheckService ownChecks,
    IOptions<ForwardingOptions> defaults)
{
    public const string GatewayEntry = "gateway";

    public async Task<SuiteHealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var clusters = configProvider.Current.Clusters.Values;
        var probes = clusters.Select(cluster => CheckClusterAsync(cluster, cancellationToken)).Append(CheckSelfAsync(cancellationToken));
        var results = await Task.WhenAll(probes);

        var services = results.OrderBy(r => r.Name, StringComparer.Ordinal).ToDictionary(r => r.Name, r => r.Health);
        var healthy = services.Values.All(s => s.Status == SuiteHealthReport.Healthy);
        return new SuiteHealthReport(healthy ? SuiteHealthReport.Healthy : SuiteHealthReport.Unhealthy, services);
    }

    private async Task<(string Name, ServiceHealth Health)> CheckClusterAsync(ProxyCluster cluster, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var errors = await Task.WhenAll(cluster.Destinations.Select(d => ProbeAsync(cluster, d, cancellationToken)));
        var error = string.Join("; ", errors.OfType<string>());
        return (cluster.ClusterId, Result(error.Length == 0, started, error));
    }

    /// <summary>Returns null when the destination answered 2xx in time, else why not.</summary>
    private async Task<string?> ProbeAsync(ProxyCluster cluster, ProxyDestination destination, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(cluster.HealthTimeout);
        using var request = destination.NewRequest(HttpMethod.Get, cluster.HealthPath);
        try
        {
            using var response = await client.Invoker.SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"{destination.Name}: HTTP {(int)response.StatusCode}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{destination.Name}: no answer within {cluster.HealthTimeout.TotalSeconds:0.###} s";
        }
        catch (HttpRequestException ex)
        {
            return $"{destination.Name}: {ex.Message}";
        }
    }

    private async Task<(string Name, ServiceHealth Health)> CheckSelfAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(defaults.Value.HealthTimeout);
        try
        {
            var report = await ownChecks.CheckHealthAsync(timeout.Token);
            var failing = report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => e.Key);
            return (GatewayEntry, Result(report.Status != HealthStatus.Unhealthy, started, string.Join(", ", failing)));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var error = $"own checks gave no answer within {defaults.Value.HealthTimeout.TotalSeconds:0.###} s";
            return (GatewayEntry, Result(healthy: false, started, error));
        }
    }

    private static ServiceHealth Result(bool healthy, long started, string error) => new(
        healthy ? SuiteHealthReport.Healthy : SuiteHealthReport.Unhealthy,
        (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
        healthy || error.Length == 0 ? null : error);
}
