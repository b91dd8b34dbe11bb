using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>
/// The one connection pool the gateway uses to reach upstreams. A bare <see cref="HttpMessageInvoker"/> (not an HttpClient):
/// it returns once headers arrive, never buffers bodies, and picks up no handlers registered for typed clients.
/// A destination with a local socket is connected to over that socket; every other one over TCP.
/// </summary>
public sealed class ForwarderHttpClient : IDisposable
{
    private readonly ProxyConfigProvider _config;

    public ForwarderHttpClient(IOptions<ForwardingOptions> options, ProxyConfigProvider config)
    {
        _config = config;
        Invoker = new HttpMessageInvoker(
            new SocketsHttpHandler
            {
                UseProxy = false,
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.None,
                ConnectTimeout = options.Value.ConnectTimeout,
                ConnectCallback = ConnectAsync,
                // Recycle connections so a destination whose address (or socket) changes is picked up.
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
                // Over a local socket requests are HTTP/2: past a connection's stream limit (100 in Kestrel), open another
                // rather than queue.
                EnableMultipleHttp2Connections = true,
            },
            disposeHandler: true);
    }

    public HttpMessageInvoker Invoker { get; }

    public void Dispose() => Invoker.Dispose();

    // The pool is keyed by the destination's address, so each pool connects one way only: all over the socket, or all over TCP.
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        var localSocket = _config.Current.LocalSocketOf(endpoint.Host, endpoint.Port);
        var socket = localSocket is null
            ? new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true }
            : new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(localSocket is null ? endpoint : new UnixDomainSocketEndPoint(localSocket), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
