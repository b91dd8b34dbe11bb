namespace ServiceExcellence.AppHost.Platform;

/// <summary>The dotnet host that runs the projects: the one running us when we run under it, else the one on PATH.</summary>
internal sealed class DotnetHost(IBinaryLocator locator)
{
    public string Require()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath)
            ? hostPath
            : locator.Find("dotnet") ?? throw new PrerequisiteException("dotnet not found: install the .NET 10 SDK (see eng/prereqs.sh)");
    }
}
