using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using ServiceExcellence.AppHost.Services;
using ServiceExcellence.AppHost.Tests.Support;

namespace ServiceExcellence.AppHost.Tests.Model;

/// <summary>The AppHost's model as it reads: what each resource is given and waits for. Nothing is started.</summary>
public sealed class SuiteModelTests
{
    private static readonly string[] Services = ["goals", "feedback", "audits", "reporting"];

    [Fact]
    public async Task Each_service_gets_its_own_database_the_broker_and_the_cache_and_waits_for_them()
    {
        using var data = new ScratchDirectory();
        await using var model = await SuiteModel.BuildAsync(data.Path);
        foreach (var service in Services.Append("gateway"))
        {
            var database = service + "db";
            var environment = await model.EnvironmentOfAsync(service);
            var connectionStrings = environment.Keys.Where(k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).ToHashSet();
            Assert.Equal(new HashSet<string> { "ConnectionStrings__" + database, "ConnectionStrings__rabbitmq", "ConnectionStrings__redis" }, connectionStrings);
            Assert.Equal($"{{{database}.connectionString}}", environment["ConnectionStrings__" + database]);
            Assert.Subset(model.WaitsFor(service).ToHashSet(), new HashSet<string> { database, "rabbitmq", "redis" });
        }
    }

    [Fact]
    public async Task The_gateway_starts_after_every_service_and_is_told_where_each_one_is()
    {
        using var data = new ScratchDirectory();
        await using var model = await SuiteModel.BuildAsync(data.Path);
        var environment = await model.EnvironmentOfAsync("gateway");
        foreach (var service in Services)
        {
            Assert.Contains($"services__{service}__http__0", environment.Keys);
            Assert.Contains(service, model.WaitsFor("gateway"));
        }
    }

    [Fact]
    public async Task Goals_is_told_where_Reporting_is_because_it_pulls_actuals_from_it()
    {
        using var data = new ScratchDirectory();
        await using var model = await SuiteModel.BuildAsync(data.Path);
        Assert.Contains("services__reporting__http__0", (await model.EnvironmentOfAsync("goals")).Keys);
        Assert.DoesNotContain("services__reporting__http__0", (await model.EnvironmentOfAsync("feedback")).Keys);
    }

    [Fact]
    public async Task Every_endpoint_is_the_process_own_on_loopback_without_the_orchestrator_proxy_in_between()
    {
        using var data = new ScratchDirectory();
        await using var model = await SuiteModel.BuildAsync(data.Path);
        var endpoints = model.Resources.SelectMany(r => r.Annotations.OfType<EndpointAnnotation>().Select(e => (r.Name, Endpoint: e))).ToList();
        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, entry =>
        {
            Assert.False(entry.Endpoint.IsProxied, $"{entry.Name}'s {entry.Endpoint.Name} endpoint is proxied");
            Assert.Equal("127.0.0.1", entry.Endpoint.TargetHost);
            Assert.Equal(entry.Endpoint.Port, entry.Endpoint.TargetPort);
        });
    }

    [Fact]
    public async Task Services_sharing_the_machine_do_not_spin_for_work_unless_the_apphost_was_given_a_spin_limit()
    {
        using var data = new ScratchDirectory();
        await using (var model = await SuiteModel.BuildAsync(data.Path))
        {
            Assert.Equal("0", (await model.EnvironmentOfAsync("feedback"))[SuiteOptions.ThreadPoolSpinLimitVariable]);
        }

        await using (var model = await SuiteModel.BuildAsync(data.Path, $"--{SuiteOptions.ThreadPoolSpinLimitVariable}=70"))
        {
            Assert.Equal("70", (await model.EnvironmentOfAsync("feedback"))[SuiteOptions.ThreadPoolSpinLimitVariable]);
        }
    }

    [Fact]
    public async Task Every_service_also_listens_on_a_local_socket_with_http2_only_and_the_gateway_is_told_of_it()
    {
        using var data = new ScratchDirectory();
        await using var model = await SuiteModel.BuildAsync(data.Path);
        var gateway = await model.EnvironmentOfAsync("gateway");
        foreach (var service in Services)
        {
            var environment = await model.EnvironmentOfAsync(service);
            var socket = Path.Combine(data.Path, "sockets", service + ".sock");
            Assert.Equal($"http://unix:{socket}", environment["Kestrel__Endpoints__LocalSocket__Url"]);
            Assert.Equal("Http2", environment["Kestrel__Endpoints__LocalSocket__Protocols"]);
            Assert.Contains("Kestrel__Endpoints__Tcp__Url", environment.Keys);
            Assert.Equal(socket, gateway[$"services__{service}__unix__0"]);
            Assert.Equal($"{{{service}.bindings.http.url}}", gateway[$"services__{service}__http__0"]);
        }

        Assert.DoesNotContain("Kestrel__Endpoints__LocalSocket__Url", gateway.Keys);
    }

    [Fact]
    public async Task Without_local_sockets_services_listen_on_tcp_only_and_the_gateway_is_told_of_no_socket()
    {
        using var data = new ScratchDirectory();
        await using var model = await SuiteModel.BuildAsync(data.Path, "--ServiceSockets=false");
        Assert.DoesNotContain("Kestrel__Endpoints__LocalSocket__Url", (await model.EnvironmentOfAsync("feedback")).Keys);
        Assert.Contains("Kestrel__Endpoints__Tcp__Url", (await model.EnvironmentOfAsync("feedback")).Keys);
        Assert.DoesNotContain((await model.EnvironmentOfAsync("gateway")).Keys, key => key.EndsWith("__unix__0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_data_directory_too_deep_for_a_socket_path_puts_the_sockets_in_the_temp_folder()
    {
        using var data = new ScratchDirectory();
        var deep = Path.Combine(data.Path, new string('d', 60), new string('e', 60));
        await using var model = await SuiteModel.BuildAsync(deep);
        var url = (await model.EnvironmentOfAsync("audits"))["Kestrel__Endpoints__LocalSocket__Url"];
        Assert.StartsWith($"http://unix:{Path.GetTempPath()}", url, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(url["http://unix:".Length..]) <= 107);
    }

    [Fact]
    public async Task External_connection_strings_start_nothing_for_those_resources()
    {
        using var data = new ScratchDirectory();
        string[] external = ["goalsdb", "feedbackdb", "auditsdb", "reportingdb", "gatewaydb", "rabbitmq", "redis"];
        await using var model = await SuiteModel.BuildAsync(data.Path, [.. external.Select(name => $"--ConnectionStrings:{name}=elsewhere-{name}")]);
        foreach (var name in external)
        {
            var resource = Assert.IsAssignableFrom<IResourceWithConnectionString>(model.Resource(name));
            Assert.Equal($"elsewhere-{name}", await resource.GetConnectionStringAsync());
        }

        Assert.DoesNotContain(model.Resources, r => r is ExecutableResource and not BuiltProjectResource);
    }

    [Fact]
    public async Task The_container_switch_uses_the_standard_Aspire_integrations()
    {
        using var data = new ScratchDirectory();
        await using var model = await SuiteModel.BuildAsync(data.Path, "--Infrastructure=Containers");
        Assert.IsType<PostgresServerResource>(model.Resource("postgres"));
        Assert.IsType<PostgresDatabaseResource>(model.Resource("goalsdb"));
        Assert.IsType<RabbitMQServerResource>(model.Resource("rabbitmq"));
        Assert.IsType<RedisResource>(model.Resource("redis"));
    }

    [Fact]
    public async Task Infrastructure_only_declares_no_project()
    {
        using var data = new ScratchDirectory();
        await using var model = await SuiteModel.BuildAsync(data.Path, "--StartServices=false");
        Assert.DoesNotContain(model.Resources, r => r is BuiltProjectResource);
        Assert.Contains(model.Resources, r => r.Name == "postgres");
    }

    [Fact]
    public async Task Reporting_offers_the_rebuild_and_the_demo_loader_waits_to_be_started_unless_asked_for()
    {
        using var data = new ScratchDirectory();
        await using (var model = await SuiteModel.BuildAsync(data.Path))
        {
            Assert.Contains(model.Resource("reporting").Annotations.OfType<ResourceCommandAnnotation>(), c => c.Name == "rebuild-read-models");
            Assert.Single(model.Resource("demo").Annotations.OfType<ExplicitStartupAnnotation>());
            Assert.Contains("gateway", model.WaitsFor("demo"));
        }

        await using (var model = await SuiteModel.BuildAsync(data.Path, "--Demo=true"))
        {
            Assert.Empty(model.Resource("demo").Annotations.OfType<ExplicitStartupAnnotation>());
        }
    }

    [Fact]
    public async Task No_password_is_ever_on_a_command_line()
    {
        using var data = new ScratchDirectory();
        await using var model = await SuiteModel.BuildAsync(data.Path);
        var passwords = new List<string>();
        foreach (var parameter in model.Resources.OfType<ParameterResource>().Where(p => p.Secret))
        {
            passwords.Add((await parameter.GetValueAsync(CancellationToken.None))!);
        }

        Assert.Equal(3, passwords.Count);
        foreach (var executable in model.Resources.OfType<ExecutableResource>())
        {
            var arguments = string.Join(' ', await model.ArgumentsOfAsync(executable.Name));
            Assert.All(passwords, password => Assert.DoesNotContain(password, arguments, StringComparison.Ordinal));
        }
    }
}
