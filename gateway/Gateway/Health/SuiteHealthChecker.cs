using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServiceExcellence.Gateway.Proxy;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace ServiceExcellence.Gateway.Health;

/// <summary>
/// Probes every destination of every proxy cluster concurrently, each within its cluster's short timeout
/// (<c>HealthCheck:Active:Path</c> and <c>Timeout</c>, default <c>/health</c> and 2 s), and runs the gateway's own
/// registered health checks (reported as <c>gateway</c>). A service is healthy when all its destinations are.
/// </summary>
public sealed class SuiteHealthChecker(IProxyStateLookup proxy, HealthCheckService ownChecks)
{
    public const string GatewayEntry = "gateway";
    private const string DefaultPath = "/health";
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2);

    public async Task<SuiteHealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var probes = proxy.GetClusters().Select(cluster => CheckClusterAsync(cluster, cancellationToken)).Append(CheckSelfAsync(cancellationToken));
        var results = await Task.WhenAll(probes);

        var services = results.OrderBy(r => r.Name, StringComparer.Ordinal).ToDictionary(r => r.Name, r => r.Health);
        var healthy = services.Values.All(s => s.Status == SuiteHealthReport.Healthy);
        return new SuiteHealthReport(healthy ? SuiteHealthReport.Healthy : SuiteHealthReport.Unhealthy, services);
    }

    private static async Task<(string Name, ServiceHealth Health)> CheckClusterAsync(ClusterState cluster, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var model = cluster.Model;
        var errors = await Task.WhenAll(cluster.Destinations.Values.Select(d => ProbeAsync(model, d, cancellationToken)));
        var error = string.Join("; ", errors.OfType<string>());
        return (cluster.ClusterId, Result(error.Length == 0, started, error));
    }

    /// <summary>Returns null when the destination answered 2xx in time, else why not.</summary>
    private static async Task<string?> ProbeAsync(ClusterModel cluster, DestinationState destination, CancellationToken cancellationToken)
    {
        var active = cluster.Config.HealthCheck?.Active;
        var timeout = active?.Timeout ?? DefaultTimeout;
        var address = destination.Model.Config.Health is { Length: > 0 } health ? health : destination.Model.Config.Address;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using var response = await UpstreamCalls.GetAsync(cluster, address, active?.Path ?? DefaultPath, timeoutSource.Token);
            return response.IsSuccessStatusCode ? null : $"{destination.DestinationId}: HTTP {(int)response.StatusCode}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{destination.DestinationId}: no answer within {timeout.TotalSeconds:0.###} s";
        }
        catch (HttpRequestException ex)
        {
            return $"{destination.DestinationId}: {ex.Message}";
        }
    }

    private async Task<(string Name, ServiceHealth Health)> CheckSelfAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(DefaultTimeout);
        try
        {
            var report = await ownChecks.CheckHealthAsync(timeout.Token);
            var failing = report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => e.Key);
            return (GatewayEntry, Result(report.Status != HealthStatus.Unhealthy, started, string.Join(", ", failing)));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var error = $"own checks gave no answer within {DefaultTimeout.TotalSeconds:0.###} s";
            return (GatewayEntry, Result(healthy: false, started, error));
        }
    }

    private static ServiceHealth Result(bool healthy, long started, string error) => new(
        healthy ? SuiteHealthReport.Healthy : SuiteHealthReport.Unhealthy,
        (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
        healthy || error.Length == 0 ? null : error);
}
