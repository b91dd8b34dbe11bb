using System.Net;
using System.Net.Sockets;

namespace ServiceExcellence.AppHost.Infrastructure;

/// <summary>
/// The port of each resource: <c>--Ports:&lt;name&gt;=N</c> when given, a free one with <c>--FreePorts=true</c>, else
/// the fixed default. The AppHost chooses ports itself rather than letting the orchestrator allocate them, because a
/// second process must know some of them (RabbitMQ its epmd) and hot paths use endpoints without DCP's proxy.
/// </summary>
public sealed class SuitePorts(SuiteOptions options)
{
    /// <summary>The fixed ports of a local run, by resource name.</summary>
    public static IReadOnlyDictionary<string, int> Defaults { get; } = new Dictionary<string, int>
    {
        ["gateway"] = 5080,
        ["goals"] = 5101,
        ["feedback"] = 5102,
        ["audits"] = 5103,
        ["reporting"] = 5104,
        ["postgres"] = 54320,
        ["rabbitmq"] = 56720,
        ["rabbitmq-dist"] = 56721,
        ["epmd"] = 56722,
        ["redis"] = 63790,
    };

    private readonly Dictionary<string, int> _chosen = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The port of <paramref name="name"/>; the same answer every time within one run.</summary>
    public int Of(string name)
    {
        lock (_chosen)
        {
            if (!_chosen.TryGetValue(name, out var port))
            {
                port = options.Ports.TryGetValue(name, out var given) ? given
                    : options.FreePorts ? FreePort()
                    : Defaults.TryGetValue(name, out var fixedPort) ? fixedPort
                    : throw new InvalidOperationException($"No port is configured for {name}: pass --Ports:{name}=N.");
                _chosen[name] = port;
            }

            return port;
        }
    }

    /// <summary>
    /// A port nobody listens on, below the kernel's ephemeral range: the orchestrator starts after the model is built
    /// and takes ephemeral ports for itself, so a port the kernel handed out and we released could be taken again.
    /// </summary>
    private int FreePort()
    {
        var (first, last) = (20_000, EphemeralRangeStart() - 1);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(first, last);
            if (_chosen.ContainsValue(port))
            {
                continue;
            }

            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }

        throw new InvalidOperationException($"No free port between {first} and {last} after 200 tries.");
    }

    private static int EphemeralRangeStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        return File.Exists(range) && int.TryParse(File.ReadAllText(range).Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], out var start) && start > 21_000
            ? start
            : 32_768;
    }
}
