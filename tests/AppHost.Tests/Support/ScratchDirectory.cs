namespace ServiceExcellence.AppHost.Tests.Support;

/// <summary>A directory for one test, deleted afterwards.</summary>
public sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory(string? name = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), name ?? $"apphost-tests-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
