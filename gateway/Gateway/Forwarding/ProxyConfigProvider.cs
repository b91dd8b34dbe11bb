using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>
/// Holds the current <see cref="ProxyConfig"/> and rebuilds it whenever configuration reloads
/// (routes, clusters and <c>services:*</c> addresses alike). An invalid reload is logged and the previous snapshot kept;
/// an invalid configuration at start-up fails the start.
/// </summary>
public sealed partial class ProxyConfigProvider : IDisposable
{
    private readonly IConfiguration _configuration;
    private readonly ForwardingOptions _defaults;
    private readonly ILogger<ProxyConfigProvider> _logger;
    private readonly IDisposable _reloadRegistration;
    private volatile Snapshot _snapshot;

    public ProxyConfigProvider(IConfiguration configuration, IOptions<ForwardingOptions> defaults, ILogger<ProxyConfigProvider> logger)
    {
        _configuration = configuration;
        _defaults = defaults.Value;
        _logger = logger;
        _snapshot = new Snapshot(ProxyConfigLoader.Load(configuration, _defaults));
        LogLoaded(_snapshot.Config);
        _reloadRegistration = ChangeToken.OnChange(configuration.GetReloadToken, Reload);
    }

    public ProxyConfig Current => _snapshot.Config;

    /// <summary>Fires once, when <see cref="Current"/> is replaced.</summary>
    public IChangeToken GetChangeToken() => _snapshot.ChangeToken;

    public void Dispose() => _reloadRegistration.Dispose();

    private void Reload()
    {
        ProxyConfig config;
        try
        {
            config = ProxyConfigLoader.Load(_configuration, _defaults);
        }
        catch (InvalidOperationException ex)
        {
            LogReloadRejected(ex);
            return;
        }

        var previous = _snapshot;
        _snapshot = new Snapshot(config);
        LogLoaded(config);
        previous.Signal();
    }

    private void LogLoaded(ProxyConfig config)
    {
        if (config.Routes.Count == 0)
        {
            // Most likely the process started outside its content root, so appsettings.json was not found.
            LogNoRoutes(ReverseProxyOptions.SectionName);
        }

        LogLoaded(config.Routes.Count, config.Clusters.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No routes in the {Section} configuration section; every /api request will be answered 404")]
    private partial void LogNoRoutes(string section);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reverse proxy configured with {RouteCount} routes over {ClusterCount} clusters")]
    private partial void LogLoaded(int routeCount, int clusterCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloaded reverse proxy configuration rejected; keeping the previous one")]
    private partial void LogReloadRejected(Exception exception);

    // Old snapshots are left to the GC rather than disposed: a late subscriber may still register on their token.
    private sealed class Snapshot
    {
        private readonly CancellationTokenSource _changed = new();

        public Snapshot(ProxyConfig config)
        {
            Config = config;
            ChangeToken = new CancellationChangeToken(_changed.Token);
        }

        public ProxyConfig Config { get; }

        public IChangeToken ChangeToken { get; }

        public void Signal() => _changed.Cancel();
    }
}
