using ServiceExcellence.AppHost.Logging;
using ServiceExcellence.AppHost.Processes;

namespace ServiceExcellence.AppHost.Model;

/// <summary>What a resource may use while preparing: a launcher for one-shot commands and its log.</summary>
internal sealed record ResourceContext(ProcessLauncher Launcher, ResourceLog Log, HostLog HostLog);
