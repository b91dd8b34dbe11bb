using System.Globalization;
using System.Reflection;
using System.Text;
using Aspire.Hosting.ApplicationModel;
using ServiceExcellence.AppHost.Infrastructure;

namespace ServiceExcellence.AppHost.Services;

/// <summary>How the suite's .NET projects run: on a port of their own, in the suite's environment, healthy when /health says so.</summary>
public static class SuiteProjectExtensions
{
    // sun_path holds 108 bytes with the terminating zero.
    private const int MaxSocketPathBytes = 107;

    /// <summary>The configuration the AppHost was built in, and so its referenced projects (Release from eng/run.sh).</summary>
    private static readonly string BuildConfiguration = typeof(SuiteProjectExtensions).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BuildConfiguration").Value!;

    /// <summary>
    /// A .NET project of the suite from its build output (see <see cref="BuiltProjectResource"/>), with telemetry to the
    /// dashboard when it runs.
    /// </summary>
    /// <exception cref="InvalidOperationException">The project is not built; the message says how to build it.</exception>
    public static IResourceBuilder<BuiltProjectResource> AddBuiltProject<TProject>(this IDistributedApplicationBuilder builder, string name, SuiteOptions suite)
        where TProject : IProjectMetadata, new()
    {
        var project = new TProject();
        var directory = Path.GetDirectoryName(project.ProjectPath)!;
        var output = Path.Combine(directory, "bin", BuildConfiguration, "net10.0", Path.GetFileNameWithoutExtension(project.ProjectPath));
        if (!File.Exists(output + ".dll"))
        {
            throw new InvalidOperationException($"{name} is not built: {output}.dll is missing (run: dotnet build AppHost -c {BuildConfiguration})");
        }

        // The native launcher the build writes beside the assembly, as dotnet run would start it: the process is named after the project.
        var launcher = File.Exists(output);
        var resource = builder.AddResource(new BuiltProjectResource(name, launcher ? output : "dotnet", directory, project))
            .WithAnnotation<IProjectMetadata>(project)
            .WithArgs(context =>
            {
                if (!launcher)
                {
                    context.Args.Add(output + ".dll");
                }
            });
        return suite.Dashboard ? resource.WithOtlpExporter() : resource;
    }

    /// <summary>
    /// A service or the gateway: one HTTP endpoint without DCP's proxy on the port <paramref name="ports"/> gives, the
    /// suite's environment, the development signing key, and a readiness check on <c>/health</c>.
    /// </summary>
    public static IResourceBuilder<BuiltProjectResource> AddSuiteProject<TProject>(
        this IDistributedApplicationBuilder builder, string name, SuiteOptions suite, SuitePorts ports, string signingKeyPath)
        where TProject : IProjectMetadata, new()
    {
        var project = builder.AddBuiltProject<TProject>(name, suite)
            .WithLocalEndpoint("http", ports.Of(name))
            .WithIconName("CodeCircle");
        return project
            .WithHttpHealthCheck("/health")
            .WithEnvironment(context =>
            {
                var variables = context.EnvironmentVariables;
                variables["ASPNETCORE_ENVIRONMENT"] = suite.Environment;
                variables["DOTNET_ENVIRONMENT"] = suite.Environment;
                variables[SuiteOptions.ThreadPoolSpinLimitVariable] = suite.ThreadPoolSpinLimit;
                variables["Auth__SigningKeyPath"] = signingKeyPath;
                // The resource's name in every collector, with the dashboard or without (queues are named after it too).
                variables["OTEL_SERVICE_NAME"] = name;
                // Kestrel's endpoint configuration, not ASPNETCORE_URLS, so a service can add its local socket beside it.
                variables["Kestrel__Endpoints__Tcp__Url"] = project.GetEndpoint("http");
            });
    }

    /// <summary>Its own database, the broker and the cache, each waited for.</summary>
    public static IResourceBuilder<BuiltProjectResource> WithInfrastructure(
        this IResourceBuilder<BuiltProjectResource> project, params IResourceBuilder<IResourceWithConnectionString>[] resources)
    {
        foreach (var resource in resources)
        {
            project.WithReference(resource).WaitFor(resource);
        }

        return project;
    }

    /// <summary>
    /// The service also listens on a Unix domain socket, HTTP/2 only, which the gateway on this machine forwards through:
    /// one connection then carries all its concurrent requests, and the hop skips the loopback TCP stack (the gateway's
    /// CPU per forwarded request fell by a third). Without TLS, Kestrel cannot tell HTTP/1.1 from HTTP/2 on one
    /// endpoint, so the TCP endpoint stays for everything else.
    /// </summary>
    public static IResourceBuilder<BuiltProjectResource> WithLocalSocket(this IResourceBuilder<BuiltProjectResource> project, SuiteOptions suite, SuitePorts ports)
    {
        if (!suite.ServiceSockets)
        {
            return project;
        }

        var name = project.Resource.Name;
        var preferred = Path.Combine(suite.DataDirectory, "sockets", name + ".sock");
        var path = Encoding.UTF8.GetByteCount(preferred) <= MaxSocketPathBytes
            ? preferred
            : Path.Combine(Path.GetTempPath(), $"se-{name}-{ports.Of(name).ToString(CultureInfo.InvariantCulture)}.sock");

        project.ApplicationBuilder.Eventing.Subscribe<BeforeResourceStartedEvent>(project.Resource, (_, _) =>
        {
            // Kestrel refuses to bind over the file a killed run left behind.
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Delete(path);
            return Task.CompletedTask;
        });

        return project
            .WithAnnotation(new LocalSocketAnnotation(path))
            .WithEnvironment("Kestrel__Endpoints__LocalSocket__Url", $"http://unix:{path}")
            .WithEnvironment("Kestrel__Endpoints__LocalSocket__Protocols", "Http2");
    }

    /// <summary>
    /// The gateway forwards to <paramref name="service"/> (found by service discovery as <c>http://&lt;name&gt;</c>),
    /// through its local socket when it has one, and starts once the service is healthy.
    /// </summary>
    public static IResourceBuilder<BuiltProjectResource> WithService(this IResourceBuilder<BuiltProjectResource> gateway, IResourceBuilder<BuiltProjectResource> service)
    {
        gateway.WithReference(service).WaitFor(service);
        if (service.Resource.Annotations.OfType<LocalSocketAnnotation>().LastOrDefault() is { } socket)
        {
            gateway.WithEnvironment($"services__{service.Resource.Name}__unix__0", socket.Path);
        }

        return gateway;
    }
}
