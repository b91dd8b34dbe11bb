using System.Net;
using Microsoft.Extensions.Options;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>
/// The one connection pool the gateway uses to reach upstreams. A bare <see cref="HttpMessageInvoker"/> (not an HttpClient):
/// it returns once headers arrive, never buffers bodies, and picks up no handlers registered for typed clients.
/// </summary>
public sealed class ForwarderHttpClient(IOptions<ForwardingOptions> options) : IDisposable
{
    public HttpMessageInvoker Invoker { get; } = new(
        new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = options.Value.ConnectTimeout,
            // Recycle connections so a destination whose address changes is picked up.
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        },
        disposeHandler: true);

    public void Dispose() => Invoker.Dispose();
}
