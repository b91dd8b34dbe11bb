using System.Net.Sockets;
using ServiceExcellence.AppHost.Model;

namespace ServiceExcellence.AppHost.Resources;

/// <summary>Health as "something accepts TCP connections on 127.0.0.1:port".</summary>
internal static class TcpProbe
{
    public static async Task<HealthProbe> ConnectAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await client.ConnectAsync("127.0.0.1", port, timeout.Token).ConfigureAwait(false);
            return HealthProbe.Healthy;
        }
        catch (SocketException ex)
        {
            return HealthProbe.Unhealthy(ex);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthProbe.Unhealthy($"no answer on 127.0.0.1:{port} within 2 s");
        }
    }
}
