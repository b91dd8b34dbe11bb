using System.Globalization;
using System.Text;

namespace ServiceExcellence.AppHost.Model;

/// <summary>
/// The Unix domain socket a service listens on besides its TCP port. The gateway runs on the same machine and forwards
/// through it: a request over a local socket skips the loopback TCP stack, which was the largest part of the hop's cost.
/// </summary>
internal static class ServiceSocket
{
    // sun_path holds 108 bytes with the terminating zero.
    private const int MaxPathBytes = 107;

    /// <summary>The socket of <paramref name="service"/>: in the data directory, or in /tmp when that path would be too long.</summary>
    public static string PathOf(SuiteSettings settings, string service)
    {
        var preferred = Path.Combine(settings.DataDirectory, "sockets", service + ".sock");
        return Encoding.UTF8.GetByteCount(preferred) <= MaxPathBytes
            ? preferred
            : Path.Combine(Path.GetTempPath(), $"se-{service}-{settings.PortOf(service).ToString(CultureInfo.InvariantCulture)}.sock");
    }

    /// <summary>Makes room for the service to bind: its folder exists and no file of an earlier run is left (Kestrel refuses to bind over one).</summary>
    public static void Prepare(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Delete(path);
    }
}
