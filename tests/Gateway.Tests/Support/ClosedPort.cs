using System.Net;
using System.Net.Sockets;

namespace ServiceExcellence.Gateway.Tests.Support;

/// <summary>An address on which nothing listens, so connecting is refused at once.</summary>
public static class ClosedPort
{
    public static Uri Address()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
