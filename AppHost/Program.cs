using Aspire.Hosting;
using ServiceExcellence.AppHost.Infrastructure;
using ServiceExcellence.AppHost.Services;

namespace ServiceExcellence.AppHost;

/// <summary>
/// The whole suite on one machine: <c>eng/run.sh</c>, or <c>dotnet run --project AppHost</c>; options in docs/operations.md.
/// A class rather than top-level statements, whose generated <c>Program</c> would clash with the services' own in test
/// projects that reference both.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { Args = args, DisableDashboard = !SuiteOptions.DashboardWanted(args) });
        var suite = SuiteOptions.From(builder.Configuration, Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..")));
        if (suite.Infrastructure == InfrastructureKind.Executables && LocalTools.Missing(["postgres", "initdb", "rabbitmq-server", "epmd", "redis-server"]) is { } missing)
        {
            Console.Error.WriteLine(missing);
            return 1;
        }

        var ports = new SuitePorts(suite);
        var secrets = new LocalSecrets(suite.DataDirectory);
        var signingKey = secrets.SigningKeyPath();

        // Infrastructure: one PostgreSQL server with a database per service, RabbitMQ, Redis.
        var postgres = builder.AddSuitePostgres("postgres", suite, ports, secrets);
        var goalsDb = postgres.AddDatabase("goalsdb");
        var feedbackDb = postgres.AddDatabase("feedbackdb");
        var auditsDb = postgres.AddDatabase("auditsdb");
        var reportingDb = postgres.AddDatabase("reportingdb");
        var gatewayDb = postgres.AddDatabase("gatewaydb");
        var rabbitmq = builder.AddSuiteRabbitMq("rabbitmq", suite, ports, secrets);
        var redis = builder.AddSuiteRedis("redis", suite, ports, secrets);

        if (suite.StartServices)
        {
            // The four services, each with its own database, the broker and the cache.
            var reporting = builder.AddSuiteProject<Projects.Reporting>("reporting", suite, ports, signingKey)
                .WithInfrastructure(reportingDb, rabbitmq, redis)
                .WithLocalSocket(suite, ports)
                .WithRebuildReadModelsCommand(new OperatorToken(signingKey, TimeProvider.System));
            var goals = builder.AddSuiteProject<Projects.Goals>("goals", suite, ports, signingKey)
                .WithInfrastructure(goalsDb, rabbitmq, redis)
                .WithLocalSocket(suite, ports)
                .WithReference(reporting); // Goals pulls KPI actuals from Reporting
            var feedback = builder.AddSuiteProject<Projects.Feedback>("feedback", suite, ports, signingKey)
                .WithInfrastructure(feedbackDb, rabbitmq, redis)
                .WithLocalSocket(suite, ports);
            var audits = builder.AddSuiteProject<Projects.Audits>("audits", suite, ports, signingKey)
                .WithInfrastructure(auditsDb, rabbitmq, redis)
                .WithLocalSocket(suite, ports);

            // The single public entry, once every service is healthy.
            var gateway = builder.AddSuiteProject<Projects.Gateway>("gateway", suite, ports, signingKey)
                .WithInfrastructure(gatewayDb, rabbitmq, redis)
                .WithService(goals)
                .WithService(feedback)
                .WithService(audits)
                .WithService(reporting)
                .WithExternalHttpEndpoints()
                .WithBannerWhenReady();

            // The demo organisation, loaded through the gateway from the dashboard or with --Demo=true.
            builder.AddDemoLoader<Projects.DemoData>("demo", gateway, suite);
        }

        builder.Build().Run();
        return 0;
    }
}
