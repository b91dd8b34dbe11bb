using System.Globalization;
using ServiceExcellence.AppHost.Model;
using ServiceExcellence.AppHost.Platform;
using ServiceExcellence.AppHost.Processes;

namespace ServiceExcellence.AppHost.Resources;

/// <summary>A service or the gateway: its built assembly run with <c>dotnet</c>, healthy when /health answers 200.</summary>
internal sealed class ProjectResource(
    ServiceProject project,
    SuiteSettings settings,
    DotnetHost dotnet,
    IReadOnlyList<string> dependsOn,
    IReadOnlyDictionary<string, string> environment,
    string? socketPath) : Resource(project.Name, dependsOn)
{
    // One client for every probe: health checks are frequent and short.
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private readonly int _port = settings.PortOf(project.Name);

    public Uri Url => new($"http://127.0.0.1:{_port.ToString(CultureInfo.InvariantCulture)}");

    public override IReadOnlyList<int> Ports => [_port];

    public override string Endpoint => Url.ToString().TrimEnd('/');

    private string AssemblyPath => settings.Repository.AssemblyPath(project.Directory, project.AssemblyName);

    public override void CheckPrerequisites()
    {
        dotnet.Require();
        if (!File.Exists(AssemblyPath))
        {
            throw new PrerequisiteException(
                $"{project.Name} is not built: {AssemblyPath} is missing (run: dotnet build AppHost/AppHost.csproj -c {settings.Repository.Configuration})");
        }
    }

    public override Task PrepareAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        if (socketPath is not null)
        {
            ServiceSocket.Prepare(socketPath);
        }

        return Task.CompletedTask;
    }

    public override ProcessSpec CreateProcessSpec() => new()
    {
        FileName = dotnet.Require(),
        Arguments = [AssemblyPath],
        // The project folder, as dotnet run does: appsettings.json and the content root are found there.
        WorkingDirectory = Path.Combine(settings.Repository.Root, project.Directory),
        // Inherited values of these would contradict ours (e.g. another service's database).
        ClearedEnvironmentPrefixes = ["ConnectionStrings__", "services__", "ASPNETCORE_", "DOTNET_ENVIRONMENT", "HTTP_PORTS", "HTTPS_PORTS", "OTEL_SERVICE_NAME"],
        Environment = environment,
        IdentityMarker = project.AssemblyName + ".dll",
    };

    public override async Task<HealthProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri(Url, "/health"), cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? HealthProbe.Healthy
                : HealthProbe.Unhealthy($"GET /health answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (HttpRequestException ex)
        {
            return HealthProbe.Unhealthy(ex);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthProbe.Unhealthy("GET /health did not answer within 5 s");
        }
    }
}
