using System.Globalization;
using System.Net.Sockets;
using System.Text;
using ServiceExcellence.AppHost.Model;
using ServiceExcellence.AppHost.Platform;
using ServiceExcellence.AppHost.Processes;

namespace ServiceExcellence.AppHost.Resources;

/// <summary>Redis with an append-only file under &lt;data&gt;/redis and a generated password.</summary>
internal sealed class RedisResource(SuiteSettings settings, Binaries binaries, string password) : Resource(ResourceNames.Redis, [])
{
    private readonly int _port = settings.PortOf(ResourceNames.Redis);
    private readonly string _directory = Path.Combine(settings.DataDirectory, "redis");

    public override IReadOnlyList<int> Ports => [_port];

    public override string Endpoint => $"127.0.0.1:{_port}";

    public string ConnectionString => $"127.0.0.1:{_port},password={password}";

    public override void CheckPrerequisites() => binaries.Require("redis-server");

    public override Task PrepareAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_directory);
        // The password goes in a file (mode 600), not on the command line where ps shows it.
        var configPath = ConfigPath;
        File.WriteAllText(configPath, $"# Written by the AppHost on every start.\nrequirepass {password}\n");
        File.SetUnixFileMode(configPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return Task.CompletedTask;
    }

    public override ProcessSpec CreateProcessSpec() => new()
    {
        FileName = binaries.Require("redis-server"),
        Arguments =
        [
            ConfigPath, "--port", _port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _directory,
            "--appendonly", "yes", "--save", "", "--daemonize", "no", "--logfile", "",
        ],
        WorkingDirectory = _directory,
    };

    public override async Task<HealthProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        // A raw RESP exchange: AUTH then PING, answered "+OK" and "+PONG".
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            await client.ConnectAsync("127.0.0.1", _port, timeout.Token).ConfigureAwait(false);
            var stream = client.GetStream();
            var request = $"*2\r\n$4\r\nAUTH\r\n${Encoding.UTF8.GetByteCount(password)}\r\n{password}\r\n*1\r\n$4\r\nPING\r\n";
            await stream.WriteAsync(Encoding.UTF8.GetBytes(request), timeout.Token).ConfigureAwait(false);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var auth = await reader.ReadLineAsync(timeout.Token).ConfigureAwait(false);
            var ping = await reader.ReadLineAsync(timeout.Token).ConfigureAwait(false);
            return auth == "+OK" && ping == "+PONG"
                ? HealthProbe.Healthy
                : HealthProbe.Unhealthy($"redis answered '{auth}' / '{ping}' to AUTH / PING");
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return HealthProbe.Unhealthy(ex);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthProbe.Unhealthy($"no answer to PING on 127.0.0.1:{_port} within 3 s");
        }
    }

    private string ConfigPath => Path.Combine(_directory, "redis.conf");
}
