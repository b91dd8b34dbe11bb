using System.Net.Http.Headers;
using Aspire.Hosting.ApplicationModel;

namespace ServiceExcellence.AppHost.Services;

/// <summary>The operator's commands in the dashboard, on the resource an operator would look for them on.</summary>
public static class SuiteCommands
{
    /// <summary>Reporting: replay the event log into empty read models (<c>POST /api/reports/admin/rebuild</c>).</summary>
    public static IResourceBuilder<BuiltProjectResource> WithRebuildReadModelsCommand(this IResourceBuilder<BuiltProjectResource> reporting, OperatorToken token) =>
        reporting.WithHttpCommand(
            "/api/reports/admin/rebuild",
            "Rebuild read models",
            endpointName: "http",
            commandName: "rebuild-read-models",
            commandOptions: new HttpCommandOptions
            {
                Description = "Replays every event Reporting has received into empty read models.",
                ConfirmationMessage = "Rebuild every read model from the event log? Reports answer from partial data until it ends.",
                IconName = "ArrowSync",
                PrepareRequest = context =>
                {
                    context.Request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Issue());
                    return Task.CompletedTask;
                },
            });

    /// <summary>
    /// The demo organisation, loaded through the gateway by the demo tool: started from the dashboard (its Start
    /// button), or at once with <c>--Demo=true</c> (<c>eng/run.sh --demo</c>). Uses the development token route.
    /// </summary>
    public static IResourceBuilder<BuiltProjectResource> AddDemoLoader<TProject>(
        this IDistributedApplicationBuilder builder, string name, IResourceBuilder<BuiltProjectResource> gateway, SuiteOptions suite)
        where TProject : IProjectMetadata, new()
    {
        var loader = builder.AddBuiltProject<TProject>(name, suite)
            .WithReference(gateway)
            .WaitFor(gateway)
            .WithEnvironment("DOTNET_ENVIRONMENT", suite.Environment)
            .WithIconName("PeopleTeam");
        return suite.Demo ? loader : loader.WithExplicitStart();
    }
}
