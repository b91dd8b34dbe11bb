using ServiceExcellence.AppHost.Platform;
using ServiceExcellence.AppHost.Resources;

namespace ServiceExcellence.AppHost.Model;

/// <summary>
/// The resources of one run and how they connect: which run locally, which are external, and the connection
/// strings and service addresses every project receives.
/// </summary>
internal sealed record SuiteModel(
    IReadOnlyList<Resource> Resources,
    IReadOnlyList<string> ExternalResources,
    IReadOnlyDictionary<string, string> ConnectionStrings,
    IReadOnlyDictionary<string, Uri> ServiceUrls,
    string SigningKeyPath)
{
    /// <summary>Declares the suite for <paramref name="settings"/>; creates secrets and the signing key on first use.</summary>
    public static SuiteModel Build(SuiteSettings settings, Binaries binaries, DotnetHost dotnet)
    {
        var secrets = new SecretStore(settings.DataDirectory);
        var external = settings.ExternalConnectionStrings
            .Where(pair => !string.IsNullOrWhiteSpace(pair.Value))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        var resources = new List<Resource>();
        var connectionStrings = new Dictionary<string, string>();

        var localDatabases = ResourceNames.Databases.Where(db => !external.ContainsKey(db)).ToList();
        PostgresResource? postgres = null;
        if (localDatabases.Count > 0)
        {
            postgres = new PostgresResource(settings, binaries, secrets.GetOrCreate("postgres-password"), localDatabases);
            resources.Add(postgres);
        }

        foreach (var database in ResourceNames.Databases)
        {
            connectionStrings[database] = external.TryGetValue(database, out var value) ? value : postgres!.ConnectionString(database);
        }

        if (external.TryGetValue(ResourceNames.RabbitMq, out var rabbitExternal))
        {
            connectionStrings[ResourceNames.RabbitMq] = rabbitExternal;
        }
        else
        {
            var epmd = new EpmdResource(settings, binaries);
            var rabbit = new RabbitMqResource(settings, binaries, epmd, "suite", secrets.GetOrCreate("rabbitmq-password"));
            resources.AddRange([epmd, rabbit]);
            connectionStrings[ResourceNames.RabbitMq] = rabbit.ConnectionString;
        }

        if (external.TryGetValue(ResourceNames.Redis, out var redisExternal))
        {
            connectionStrings[ResourceNames.Redis] = redisExternal;
        }
        else
        {
            var redis = new RedisResource(settings, binaries, secrets.GetOrCreate("redis-password"));
            resources.Add(redis);
            connectionStrings[ResourceNames.Redis] = redis.ConnectionString;
        }

        var signingKeyPath = SigningKeyFile.EnsureCreated(settings.DataDirectory);
        var serviceUrls = new Dictionary<string, Uri>();
        if (settings.StartServices)
        {
            AddProjects(settings, dotnet, resources, connectionStrings, localDatabases, signingKeyPath, serviceUrls);
        }

        var externalNames = external.Keys
            .Where(name => ResourceNames.Databases.Contains(name) || name is ResourceNames.RabbitMq or ResourceNames.Redis)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new SuiteModel(resources, externalNames, connectionStrings, serviceUrls, signingKeyPath);
    }

    private static void AddProjects(
        SuiteSettings settings,
        DotnetHost dotnet,
        List<Resource> resources,
        Dictionary<string, string> connectionStrings,
        List<string> localDatabases,
        string signingKeyPath,
        Dictionary<string, Uri> serviceUrls)
    {
        var projects = ResourceNames.Services.Append(ResourceNames.GatewayProject).ToList();
        foreach (var project in projects)
        {
            serviceUrls[project.Name] = new Uri($"http://127.0.0.1:{settings.PortOf(project.Name)}");
        }

        var sockets = settings.ServiceSockets
            ? ResourceNames.Services.ToDictionary(service => service.Name, service => ServiceSocket.PathOf(settings, service.Name))
            : [];
        var local = resources.Select(r => r.Name).ToHashSet();
        var messaging = new[] { ResourceNames.RabbitMq, ResourceNames.Redis }.Where(local.Contains).ToList();
        foreach (var project in projects)
        {
            var url = serviceUrls[project.Name].ToString().TrimEnd('/');
            var socket = sockets.GetValueOrDefault(project.Name);
            var environment = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = settings.Environment,
                ["DOTNET_ENVIRONMENT"] = settings.Environment,
                ["ConnectionStrings__rabbitmq"] = connectionStrings[ResourceNames.RabbitMq],
                ["ConnectionStrings__redis"] = connectionStrings[ResourceNames.Redis],
                ["Auth__SigningKeyPath"] = signingKeyPath,
                ["OTEL_SERVICE_NAME"] = project.Name,
                // Every process of the suite shares this machine's cores: a thread-pool worker spinning while it waits
                // for work burns a core that PostgreSQL, the broker or another service needs (a quarter of the gateway's
                // CPU under load went to it), so an idle worker sleeps at once, unless the AppHost was told otherwise.
                [SuiteSettings.ThreadPoolSpinLimitVariable] = settings.ThreadPoolSpinLimit is { Length: > 0 } given ? given : "0",
            };
            foreach (var (name, value) in Endpoints(url, socket))
            {
                environment[name] = value;
            }

            foreach (var (name, address) in serviceUrls)
            {
                environment[$"services__{name}__http__0"] = address.ToString().TrimEnd('/');
            }

            foreach (var (name, path) in sockets)
            {
                environment[$"services__{name}__unix__0"] = path;
            }

            List<string> dependsOn = [.. messaging];
            if (project.Database is { } database)
            {
                // Its own database only: a service never sees another service's data.
                environment[$"ConnectionStrings__{database}"] = connectionStrings[database];
                if (localDatabases.Contains(database))
                {
                    dependsOn.Add(ResourceNames.Postgres);
                }
            }

            if (project == ResourceNames.GatewayProject)
            {
                dependsOn.AddRange(ResourceNames.Services.Select(s => s.Name));
            }

            if (!string.IsNullOrWhiteSpace(settings.OtlpEndpoint))
            {
                environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = settings.OtlpEndpoint;
            }

            foreach (var (key, value) in settings.ExtraEnvironment)
            {
                environment[key] = value;
            }

            resources.Add(new ProjectResource(project, settings, dotnet, dependsOn, environment, socket));
        }
    }

    /// <summary>
    /// Where a project listens: its TCP address and, when it has one, its Unix domain socket, which speaks HTTP/2 only.
    /// Only the gateway connects to the socket, and it sends HTTP/2 with prior knowledge there: one connection carries all
    /// its concurrent requests, so writes and reads are shared between them. Without TLS, Kestrel cannot tell the two
    /// protocols apart on one endpoint, so the socket is HTTP/2 alone.
    /// </summary>
    private static IEnumerable<(string Name, string Value)> Endpoints(string url, string? socket)
    {
        if (socket is null)
        {
            yield return ("ASPNETCORE_URLS", url);
            yield break;
        }

        yield return ("Kestrel__Endpoints__Tcp__Url", url);
        yield return ("Kestrel__Endpoints__LocalSocket__Url", $"http://unix:{socket}");
        yield return ("Kestrel__Endpoints__LocalSocket__Protocols", "Http2");
    }
}
