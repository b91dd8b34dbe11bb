using System.Net;
using System.Net.Sockets;
using ServiceExcellence.AppHost.Logging;
using ServiceExcellence.AppHost.Model;
using ServiceExcellence.AppHost.Orchestration;
using ServiceExcellence.AppHost.Platform;
using ServiceExcellence.AppHost.Tests.Support;

namespace ServiceExcellence.AppHost.Tests.Lifecycle;

public sealed class PrerequisiteTests
{
    [Fact]
    public async Task A_missing_binary_is_reported_in_one_line_that_says_how_to_install_it()
    {
        var error = await Assert.ThrowsAsync<PrerequisiteException>(() =>
            SuiteHost.StartAsync(new SuiteOptions { StartServices = false }, new FakeBinaryLocator("rabbitmq-server"), CancellationToken.None));

        Assert.Equal("rabbitmq-server not found: run eng/prereqs.sh (or: apt-get install -y rabbitmq-server)", error.Message);
    }

    [Fact]
    public async Task A_missing_binary_is_found_before_any_process_starts()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "apphost-tests-" + Guid.NewGuid().ToString("N")[..12]);
        var error = await Assert.ThrowsAsync<PrerequisiteException>(() =>
            SuiteHost.StartAsync(new SuiteOptions { StartServices = false, DataDirectory = dataDirectory }, new FakeBinaryLocator("postgres"), CancellationToken.None));

        Assert.Equal("postgres not found: run eng/prereqs.sh (or: apt-get install -y postgresql)", error.Message);
        Assert.Empty(Directory.GetFiles(Path.Combine(dataDirectory, "pids")));
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public void A_port_in_use_is_reported_with_the_resource_and_the_port()
    {
        using var directory = new TempDirectory();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var settings = new SuiteSettings
        {
            Repository = RepositoryLayout.Discover(),
            DataDirectory = directory.Path,
            Ports = ResourceNames.DefaultPorts.Keys.ToDictionary(name => name, name => name == "redis" ? port : PortAllocator.GetFreePort()),
            StartServices = false,
        };
        using var log = new HostLog(null);

        var error = Assert.Throws<PrerequisiteException>(() => SuiteRun.Create(settings, SystemBinaryLocator.Instance, log, soleProcessStarter: false));

        Assert.Equal($"port {port} for redis is already in use (change it with --Ports:redis=<port>)", error.Message);
    }
}
