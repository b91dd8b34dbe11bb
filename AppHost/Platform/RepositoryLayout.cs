using System.Reflection;

namespace ServiceExcellence.AppHost.Platform;

/// <summary>Where the repository is and which build configuration of the services to run.</summary>
internal sealed record RepositoryLayout(string Root, string Configuration)
{
    private const string SolutionFile = "ServiceExcellence.sln";

    /// <summary>From the metadata the build embedded in this assembly, else the current directory.</summary>
    /// <exception cref="PrerequisiteException">No repository can be found.</exception>
    public static RepositoryLayout Discover()
    {
        var metadata = typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value);
        var configuration = metadata.GetValueOrDefault("BuildConfiguration") is { Length: > 0 } c ? c : "Debug";

        var fromBuild = metadata.GetValueOrDefault("RepositoryRoot");
        if (fromBuild is not null && File.Exists(Path.Combine(fromBuild, SolutionFile)))
        {
            return new RepositoryLayout(fromBuild, configuration);
        }

        var current = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(current, SolutionFile))
            ? new RepositoryLayout(current, configuration)
            : throw new PrerequisiteException(
                $"The repository was not found (built at '{fromBuild}'); run from the directory that holds {SolutionFile}.");
    }

    /// <summary>The built entry assembly of a project, e.g. services/Goals/bin/Release/net10.0/Goals.dll.</summary>
    public string AssemblyPath(string projectDirectory, string assemblyName) =>
        Path.Combine(Root, projectDirectory, "bin", Configuration, "net10.0", assemblyName + ".dll");
}
