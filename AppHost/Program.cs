using ServiceExcellence.AppHost.Cli;

namespace ServiceExcellence.AppHost;

/// <summary>
/// Entry point of <c>dotnet run --project AppHost</c>. Not top-level statements: those generate a public global
/// <c>Program</c> that would clash with the services' own in test projects that reference both.
/// </summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => CliApplication.RunAsync(args);
}
