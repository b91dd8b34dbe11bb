using System.Globalization;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using ServiceExcellence.AppHost.Model;
using ServiceExcellence.AppHost.Platform;
using ServiceExcellence.AppHost.Processes;

namespace ServiceExcellence.AppHost.Resources;

/// <summary>
/// A private RabbitMQ node (never the system service): its own node name, ports, Mnesia, logs, cookie and epmd,
/// all under &lt;data&gt;/rabbitmq, no plugins.
/// </summary>
internal sealed class RabbitMqResource(SuiteSettings settings, Binaries binaries, EpmdResource epmd, string user, string password)
    : Resource(ResourceNames.RabbitMq, [ResourceNames.Epmd])
{
    // The node name only has to be unique per epmd, and the epmd is ours: a fixed name keeps the data when ports change.
    private const string NodeName = "serviceexcellence@localhost";

    private readonly int _port = settings.PortOf(ResourceNames.RabbitMq);
    private readonly int _distributionPort = settings.PortOf(ResourceNames.RabbitMqDistribution);
    private readonly string _directory = Path.Combine(settings.DataDirectory, "rabbitmq");

    public override IReadOnlyList<int> Ports => [_port, _distributionPort];

    public override string Endpoint => $"127.0.0.1:{_port}";

    public string ConnectionString => $"amqp://{user}:{password}@127.0.0.1:{_port}/";

    public override void CheckPrerequisites() => binaries.Require("rabbitmq-server");

    public override Task PrepareAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        foreach (var folder in new[] { "home", "mnesia", "log" })
        {
            Directory.CreateDirectory(Path.Combine(_directory, folder));
        }

        File.WriteAllText(Path.Combine(_directory, "enabled_plugins"), "[].\n");
        // Our own (empty) files, so nothing from /etc/rabbitmq applies to this node.
        File.WriteAllText(Path.Combine(_directory, "rabbitmq-env.conf"), "# Written by the AppHost: the node is configured by environment variables.\n");
        File.WriteAllText(Path.Combine(_directory, "rabbitmq.conf"), "# Written by the AppHost on every start.\nlog.file.level = info\n");
        return Task.CompletedTask;
    }

    public override ProcessSpec CreateProcessSpec() => new()
    {
        FileName = binaries.Require("rabbitmq-server"),
        WorkingDirectory = _directory,
        ClearedEnvironmentPrefixes = ["RABBITMQ_", "ERL_"],
        Environment = new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(_directory, "home"),
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = _port.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_directory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(_directory, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_directory, "enabled_plugins"),
            ["RABBITMQ_FEATURE_FLAGS_FILE"] = Path.Combine(_directory, "feature_flags"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(_directory, "rabbitmq-env.conf"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_directory, "rabbitmq.conf"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(_directory, "advanced.config"),
            ["RABBITMQ_DEFAULT_USER"] = user,
            ["RABBITMQ_DEFAULT_PASS"] = password,
            ["ERL_EPMD_PORT"] = epmd.Port.ToString(CultureInfo.InvariantCulture),
            // Every erl the node starts (its epmd check spawns one) would otherwise try "epmd -daemon" itself.
            ["ERL_FLAGS"] = "-start_epmd false",
            // Our epmd is already running: the VM must not start (and orphan) its own. Distribution on loopback only.
            // The broker shares the cores with the services and PostgreSQL: its schedulers must not busy-wait for work.
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] =
                "-start_epmd false -kernel inet_dist_use_interface {127,0,0,1} +sbwt none +sbwtdcpu none +sbwtdio none",
        },
        // The script forwards SIGTERM to the VM and waits for a clean shutdown.
        StopSignal = Posix.SigTerm,
    };

    public override async Task<HealthProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(ConnectionString),
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
            HandshakeContinuationTimeout = TimeSpan.FromSeconds(5),
            ClientProvidedName = "apphost-health",
        };
        try
        {
            await using var connection = await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
            await connection.CloseAsync(cancellationToken).ConfigureAwait(false);
            return HealthProbe.Healthy;
        }
        catch (Exception ex) when (ex is BrokerUnreachableException or OperationInterruptedException or IOException or TimeoutException
                                       or System.Net.Sockets.SocketException)
        {
            return HealthProbe.Unhealthy(ex);
        }
    }
}
