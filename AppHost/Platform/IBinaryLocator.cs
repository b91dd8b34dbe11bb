namespace ServiceExcellence.AppHost.Platform;

/// <summary>Finds an executable by its tool name; replaceable so tests can pretend a tool is not installed.</summary>
internal interface IBinaryLocator
{
    /// <summary>The full path of <paramref name="tool"/>, or null when it is not installed.</summary>
    string? Find(string tool);
}
