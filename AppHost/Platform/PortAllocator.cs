using System.Net;
using System.Net.Sockets;

namespace ServiceExcellence.AppHost.Platform;

/// <summary>Free loopback TCP ports for test runs, and the check that a configured port is free.</summary>
internal static class PortAllocator
{
    private static readonly HashSet<int> Handed = [];

    /// <summary>A port that is free now and not handed out before by this process.</summary>
    public static int GetFreePort()
    {
        // The OS may give the same ephemeral port to two quick callers once the first listener closed: remember ours.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            lock (Handed)
            {
                if (Handed.Add(port))
                {
                    return port;
                }
            }
        }

        throw new InvalidOperationException("Could not find a free TCP port on 127.0.0.1.");
    }

    /// <summary>True when nothing listens on <paramref name="port"/> at 127.0.0.1 (or on every address).</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Server.ExclusiveAddressUse = true;
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            return false;
        }
    }
}
