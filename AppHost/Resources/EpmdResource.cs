using System.Globalization;
using ServiceExcellence.AppHost.Model;
using ServiceExcellence.AppHost.Platform;
using ServiceExcellence.AppHost.Processes;

namespace ServiceExcellence.AppHost.Resources;

/// <summary>
/// The Erlang port mapper for our RabbitMQ node, run in the foreground as a resource of its own: left to Erlang it
/// would start as a daemon and outlive the suite.
/// </summary>
internal sealed class EpmdResource(SuiteSettings settings, Binaries binaries) : Resource(ResourceNames.Epmd, [])
{
    private readonly int _port = settings.PortOf(ResourceNames.Epmd);

    public int Port => _port;

    public override IReadOnlyList<int> Ports => [_port];

    public override string Endpoint => $"127.0.0.1:{_port}";

    public override void CheckPrerequisites() => binaries.Require("epmd");

    public override ProcessSpec CreateProcessSpec() => new()
    {
        FileName = binaries.Require("epmd"),
        Arguments = ["-port", _port.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1"],
        WorkingDirectory = settings.DataDirectory,
        ClearedEnvironmentPrefixes = ["ERL_"],
    };

    public override Task<HealthProbe> ProbeAsync(CancellationToken cancellationToken) => TcpProbe.ConnectAsync(_port, cancellationToken);
}
