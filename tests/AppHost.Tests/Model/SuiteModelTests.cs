using ServiceExcellence.AppHost.Logging;
using ServiceExcellence.AppHost.Model;
using ServiceExcellence.AppHost.Platform;
using ServiceExcellence.AppHost.Processes;
using ServiceExcellence.AppHost.Resources;
using ServiceExcellence.AppHost.Tests.Support;

namespace ServiceExcellence.AppHost.Tests.Model;

public sealed class SuiteModelTests
{
    [Fact]
    public void Each_service_gets_its_own_database_the_broker_the_cache_and_every_service_address()
    {
        using var directory = new TempDirectory();
        var model = Build(directory.Path, new Dictionary<string, string>());

        var goals = Environment(model, "goals");
        Assert.Equal(model.ConnectionStrings["goalsdb"], goals["ConnectionStrings__goalsdb"]);
        Assert.DoesNotContain("ConnectionStrings__feedbackdb", goals.Keys);
        Assert.Equal(model.ConnectionStrings["rabbitmq"], goals["ConnectionStrings__rabbitmq"]);
        Assert.Equal(model.ConnectionStrings["redis"], goals["ConnectionStrings__redis"]);
        Assert.Equal("http://127.0.0.1:5101", goals["Kestrel__Endpoints__Tcp__Url"]);
        Assert.Equal($"http://unix:{Path.Combine(directory.Path, "sockets", "goals.sock")}", goals["Kestrel__Endpoints__LocalSocket__Url"]);
        Assert.Equal("Http2", goals["Kestrel__Endpoints__LocalSocket__Protocols"]);
        Assert.DoesNotContain("ASPNETCORE_URLS", goals.Keys); // Kestrel would ignore it beside its endpoints, with a warning
        Assert.Equal("goals", goals["OTEL_SERVICE_NAME"]);
        Assert.Equal("Development", goals["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal(Path.Combine(directory.Path, "auth", "dev-signing-key.pem"), goals["Auth__SigningKeyPath"]);
        foreach (var (name, port) in new[] { ("gateway", 5080), ("goals", 5101), ("feedback", 5102), ("audits", 5103), ("reporting", 5104) })
        {
            Assert.Equal($"http://127.0.0.1:{port}", goals[$"services__{name}__http__0"]);
        }

        var gateway = Environment(model, "gateway");
        Assert.Equal(model.ConnectionStrings["gatewaydb"], gateway["ConnectionStrings__gatewaydb"]);
        Assert.Equal(["ConnectionStrings__gatewaydb"], gateway.Keys.Where(key => key.EndsWith("db", StringComparison.Ordinal)));
        Assert.Equal(["audits", "feedback", "goals", "postgres", "rabbitmq", "redis", "reporting"], Resource(model, "gateway").DependsOn.Order());
        Assert.Equal(["postgres", "rabbitmq", "redis"], Resource(model, "goals").DependsOn.Order());
    }

    [Fact]
    public void Services_sharing_the_machine_do_not_spin_for_work_unless_the_apphost_was_given_a_spin_limit()
    {
        using var directory = new TempDirectory();
        var model = Build(directory.Path, new Dictionary<string, string>());
        var given = Build(directory.Path, new Dictionary<string, string>(), spinLimit: "70");

        Assert.All(model.Resources.OfType<ProjectResource>(), project =>
            Assert.Equal("0", Environment(model, project.Name)[SuiteSettings.ThreadPoolSpinLimitVariable]));
        Assert.All(given.Resources.OfType<ProjectResource>(), project =>
            Assert.Equal("70", Environment(given, project.Name)[SuiteSettings.ThreadPoolSpinLimitVariable]));
    }

    [Fact]
    public void Every_service_also_listens_on_a_local_socket_with_http2_only_that_every_project_is_told_of()
    {
        using var directory = new TempDirectory();
        var model = Build(directory.Path, new Dictionary<string, string>());

        var gateway = Environment(model, "gateway");
        Assert.Equal("http://127.0.0.1:5080", gateway["ASPNETCORE_URLS"]);
        foreach (var service in new[] { "goals", "feedback", "audits", "reporting" })
        {
            var socket = Path.Combine(directory.Path, "sockets", service + ".sock");
            Assert.Equal($"http://unix:{socket}", Environment(model, service)["Kestrel__Endpoints__LocalSocket__Url"]);
            Assert.Equal("Http2", Environment(model, service)["Kestrel__Endpoints__LocalSocket__Protocols"]);
            Assert.Equal(socket, gateway[$"services__{service}__unix__0"]);
        }

        Assert.DoesNotContain("services__gateway__unix__0", gateway.Keys);
    }

    [Fact]
    public void Without_local_sockets_services_listen_on_tcp_only_and_nobody_is_told_of_a_socket()
    {
        using var directory = new TempDirectory();
        var model = Build(directory.Path, new Dictionary<string, string>(), serviceSockets: false);

        Assert.Equal("http://127.0.0.1:5102", Environment(model, "feedback")["ASPNETCORE_URLS"]);
        Assert.DoesNotContain(Environment(model, "gateway").Keys, key => key.EndsWith("__unix__0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_data_directory_too_deep_for_a_socket_path_puts_the_sockets_in_the_temp_folder()
    {
        using var directory = new TempDirectory();
        var deep = Path.Combine(directory.Path, new string('d', 60), new string('e', 60));
        var model = Build(deep, new Dictionary<string, string>());

        var socket = Environment(model, "gateway")["services__feedback__unix__0"];

        Assert.Equal(Path.Combine(Path.GetTempPath(), "se-feedback-5102.sock"), socket);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(socket) <= 107);
    }

    [Fact]
    public async Task A_socket_left_by_an_earlier_run_is_removed_before_the_service_starts()
    {
        using var directory = new TempDirectory();
        var model = Build(directory.Path, new Dictionary<string, string>());
        var socket = Environment(model, "gateway")["services__feedback__unix__0"];
        Directory.CreateDirectory(Path.GetDirectoryName(socket)!);
        await File.WriteAllTextAsync(socket, "stale");
        using var hostLog = new HostLog(null);
        using var resourceLog = new ResourceLog(Path.Combine(directory.Path, "feedback.log"));
        var context = new ResourceContext(
            new ProcessLauncher(new Binaries(SystemBinaryLocator.Instance), new PidRegistry(directory.Path, hostLog)), resourceLog, hostLog);

        await Resource(model, "feedback").PrepareAsync(context, CancellationToken.None);

        Assert.False(File.Exists(socket));
        Assert.True(Directory.Exists(Path.GetDirectoryName(socket)));
    }

    [Fact]
    public void External_connection_strings_pass_through_unchanged_and_start_nothing_for_them()
    {
        using var directory = new TempDirectory();
        var external = new Dictionary<string, string>
        {
            ["goalsdb"] = "Host=db.example;Database=goals",
            ["feedbackdb"] = "Host=db.example;Database=feedback",
            ["auditsdb"] = "Host=db.example;Database=audits",
            ["reportingdb"] = "Host=db.example;Database=reporting",
            ["gatewaydb"] = "Host=db.example;Database=gateway",
            ["rabbitmq"] = "amqp://u:p@mq.example:5672/",
        };

        var model = Build(directory.Path, external);

        Assert.Equal(["redis", "goals", "feedback", "audits", "reporting", "gateway"], model.Resources.Select(r => r.Name));
        Assert.Equal(["auditsdb", "feedbackdb", "gatewaydb", "goalsdb", "rabbitmq", "reportingdb"], model.ExternalResources);
        Assert.Equal("Host=db.example;Database=goals", Environment(model, "goals")["ConnectionStrings__goalsdb"]);
        Assert.Equal("amqp://u:p@mq.example:5672/", Environment(model, "reporting")["ConnectionStrings__rabbitmq"]);
        Assert.Equal(["redis"], Resource(model, "goals").DependsOn);
    }

    [Fact]
    public void Credentials_are_generated_once_and_reused_by_the_next_run()
    {
        using var directory = new TempDirectory();

        var first = Build(directory.Path, new Dictionary<string, string>());
        var second = Build(directory.Path, new Dictionary<string, string>());

        Assert.Equal(first.ConnectionStrings, second.ConnectionStrings);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(directory.Path, "secrets", "rabbitmq-password")));
    }

    private static SuiteModel Build(
        string dataDirectory, Dictionary<string, string> external, string? spinLimit = null, bool serviceSockets = true) =>
        SuiteModel.Build(
            new SuiteSettings
            {
                Repository = RepositoryLayout.Discover(),
                DataDirectory = dataDirectory,
                Ports = ResourceNames.DefaultPorts,
                ExternalConnectionStrings = external,
                ThreadPoolSpinLimit = spinLimit,
                ServiceSockets = serviceSockets,
            },
            new Binaries(SystemBinaryLocator.Instance),
            new DotnetHost(SystemBinaryLocator.Instance));

    private static Resource Resource(SuiteModel model, string name) => model.Resources.Single(r => r.Name == name);

    private static IReadOnlyDictionary<string, string> Environment(SuiteModel model, string name) =>
        ((ProjectResource)Resource(model, name)).CreateProcessSpec().Environment;
}
