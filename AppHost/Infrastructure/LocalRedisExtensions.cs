using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace ServiceExcellence.AppHost.Infrastructure;

/// <summary>Adds Redis from the operating system's packages.</summary>
public static class LocalRedisExtensions
{
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(
        this IDistributedApplicationBuilder builder, string name, SuiteOptions suite, int port, IResourceBuilder<ParameterResource> password)
    {
        var directory = Path.Combine(suite.DataDirectory, name);
        var configPath = Path.Combine(directory, "redis.conf");
        var redis = new LocalRedisResource(name, LocalTools.Require("redis-server"), directory, password.Resource);
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(redis, async (_, cancellationToken) =>
        {
            Directory.CreateDirectory(directory);
            // The password goes in a file (mode 600), not on the command line where ps shows it.
            var secret = await redis.Password.GetValueAsync(cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(configPath, $"# Written by the AppHost on every start.\nrequirepass {secret}\n", cancellationToken).ConfigureAwait(false);
            File.SetUnixFileMode(configPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        });

        var check = $"{name}_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(check, cancellationToken => AnswersPingAsync(redis, cancellationToken));
        return builder.AddResource(redis)
            .WithLocalEndpoint("tcp", port)
            .WithArgs(
                configPath, "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", directory,
                "--appendonly", "yes", "--save", "", "--daemonize", "no", "--logfile", "")
            .WithHealthCheck(check)
            .WithIconName("Memory");
    }

    private static async Task<HealthCheckResult> AnswersPingAsync(LocalRedisResource redis, CancellationToken cancellationToken)
    {
        try
        {
            var options = ConfigurationOptions.Parse((await redis.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false))!);
            options.AbortOnConnectFail = true;
            options.ConnectTimeout = 3000;
            options.ConnectRetry = 0;
            await using var connection = await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
            await connection.GetDatabase().PingAsync().ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"Redis does not answer PING: {e.Message}", e);
        }
    }
}
