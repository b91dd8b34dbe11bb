using System.Collections.Frozen;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace ServiceExcellence.Gateway.Proxy;

/// <summary>
/// The Unix domain sockets that services on this machine also listen on (<c>services:&lt;name&gt;:unix:0</c>, which the
/// AppHost sets beside <c>services:&lt;name&gt;:http:0</c>), by the host:port of the service's HTTP address: a connection to
/// that host:port is made over the socket instead. Rebuilt when configuration reloads; an invalid reload is logged and the
/// sockets known before are kept.
/// </summary>
public sealed partial class LocalSockets : IDisposable
{
    // sun_path holds 108 bytes with the terminating zero.
    private const int MaxPathBytes = 107;

    private readonly IConfiguration _configuration;
    private readonly ILogger<LocalSockets> _logger;
    private readonly IDisposable _reloadRegistration;
    private volatile FrozenDictionary<string, string> _byAuthority;

    /// <exception cref="InvalidOperationException">A configured socket path is not absolute or too long for a socket.</exception>
    public LocalSockets(IConfiguration configuration, ILogger<LocalSockets> logger)
    {
        _configuration = configuration;
        _logger = logger;
        _byAuthority = Read(configuration);
        _reloadRegistration = ChangeToken.OnChange(configuration.GetReloadToken, Reload);
    }

    /// <summary>The socket through which to reach <paramref name="host"/>:<paramref name="port"/>, or null for TCP.</summary>
    public string? For(string host, int port) => _byAuthority.GetValueOrDefault(Authority(host, port));

    /// <summary>The socket through which to reach the host and port of <paramref name="address"/>, or null for TCP.</summary>
    public string? For(Uri address) => For(address.IdnHost, address.Port);

    public void Dispose() => _reloadRegistration.Dispose();

    private void Reload()
    {
        try
        {
            _byAuthority = Read(_configuration);
        }
        catch (InvalidOperationException ex)
        {
            LogReloadRejected(ex);
        }
    }

    private static FrozenDictionary<string, string> Read(IConfiguration configuration)
    {
        var sockets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var service in configuration.GetSection("services").GetChildren())
        {
            var socket = service["unix:0"];
            if (string.IsNullOrWhiteSpace(socket))
            {
                continue;
            }

            if (!Path.IsPathFullyQualified(socket) || Encoding.UTF8.GetByteCount(socket) > MaxPathBytes)
            {
                throw new InvalidOperationException(
                    $"{service.Path}:unix:0 is '{socket}', which is not an absolute path of at most {MaxPathBytes} bytes.");
            }

            // Service discovery takes "host:port" as well as a URI.
            var http = service["http:0"];
            if (http is not null && Uri.TryCreate(http.Contains("://") ? http : "http://" + http, UriKind.Absolute, out var address))
            {
                sockets.TryAdd(Authority(address.IdnHost, address.Port), socket);
            }
        }

        return sockets.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static string Authority(string host, int port) => $"{host}:{port}";

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloaded local socket configuration rejected; keeping the sockets known before")]
    private partial void LogReloadRejected(Exception exception);
}
