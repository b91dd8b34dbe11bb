using ServiceExcellence.AppHost.Platform;

namespace ServiceExcellence.AppHost.Tests.Support;

/// <summary>The real lookup, except for the tools a test pretends are not installed.</summary>
internal sealed class FakeBinaryLocator(params string[] missing) : IBinaryLocator
{
    public string? Find(string tool) => missing.Contains(tool) ? null : SystemBinaryLocator.Instance.Find(tool);
}
