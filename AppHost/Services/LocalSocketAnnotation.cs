using Aspire.Hosting.ApplicationModel;

namespace ServiceExcellence.AppHost.Services;

/// <summary>The Unix domain socket a service listens on besides its TCP port, for the gateway on the same machine.</summary>
public sealed record LocalSocketAnnotation(string Path) : IResourceAnnotation;
