using ServiceExcellence.AppHost.Platform;

namespace ServiceExcellence.AppHost.Processes;

/// <summary>How to launch one child process of a resource.</summary>
internal sealed record ProcessSpec
{
    public required string FileName { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    public required string WorkingDirectory { get; init; }

    /// <summary>Variables set on top of the inherited environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Inherited variables starting with one of these are removed first, so only ours apply.</summary>
    public IReadOnlyList<string> ClearedEnvironmentPrefixes { get; init; } = [];

    /// <summary>Run as this local user (via setpriv) when the host runs as root; null runs as the caller.</summary>
    public string? RunAsUser { get; init; }

    /// <summary>The signal that asks the process to shut down cleanly.</summary>
    public int StopSignal { get; init; } = Posix.SigTerm;

    /// <summary>The signal that ends the process quickly when its data is about to be thrown away.</summary>
    public int? DiscardSignal { get; init; }

    /// <summary>A word the command line contains once the process runs, to recognise it after a crash of the host.</summary>
    public string? IdentityMarker { get; init; }

    public string Marker => IdentityMarker ?? Path.GetFileName(FileName);
}
