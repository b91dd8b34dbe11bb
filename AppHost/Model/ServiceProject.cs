namespace ServiceExcellence.AppHost.Model;

/// <summary>A .NET project the suite runs: its resource name, folder, assembly and own database.</summary>
internal sealed record ServiceProject(string Name, string Directory, string AssemblyName, string? Database);
