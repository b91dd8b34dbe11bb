using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace ServiceExcellence.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL, RabbitMQ and Redis the way this run wants them: given by connection string (external, nothing
/// started), as local executables (the default), or as Aspire's containers. Services receive the same
/// <c>ConnectionStrings__&lt;name&gt;</c> whichever it is.
/// </summary>
public static class SuiteInfrastructureExtensions
{
    /// <summary>The PostgreSQL server; it is added only once a database needs it (every database may be external).</summary>
    public static SuitePostgres AddSuitePostgres(this IDistributedApplicationBuilder builder, string name, SuiteOptions suite, SuitePorts ports, LocalSecrets secrets) =>
        new(builder, name, suite, ports, secrets);

    public static IResourceBuilder<IResourceWithConnectionString> AddSuiteRabbitMq(
        this IDistributedApplicationBuilder builder, string name, SuiteOptions suite, SuitePorts ports, LocalSecrets secrets) =>
        builder.AddSuiteResource(name, suite, secrets,
            container: password => builder.AddRabbitMQ(name, builder.AddParameter($"{name}-user", LocalRabbitMqResource.UserName), password, ports.Of(name)).WithDataVolume(),
            local: password => builder.AddLocalRabbitMq(name, suite, ports, password));

    public static IResourceBuilder<IResourceWithConnectionString> AddSuiteRedis(
        this IDistributedApplicationBuilder builder, string name, SuiteOptions suite, SuitePorts ports, LocalSecrets secrets) =>
        builder.AddSuiteResource(name, suite, secrets,
            container: password => builder.AddRedis(name, ports.Of(name), password).WithDataVolume(),
            local: password => builder.AddLocalRedis(name, suite, ports.Of(name), password));

    /// <summary>The external connection string if one is configured, else the container or the local executable, with a generated password.</summary>
    private static IResourceBuilder<IResourceWithConnectionString> AddSuiteResource(
        this IDistributedApplicationBuilder builder,
        string name,
        SuiteOptions suite,
        LocalSecrets secrets,
        Func<IResourceBuilder<ParameterResource>, IResourceBuilder<IResourceWithConnectionString>> container,
        Func<IResourceBuilder<ParameterResource>, IResourceBuilder<IResourceWithConnectionString>> local)
    {
        if (IsExternal(builder, name))
        {
            return builder.AddConnectionString(name);
        }

        var password = builder.AddGeneratedPassword($"{name}-password", secrets);
        return suite.Infrastructure == InfrastructureKind.Containers ? container(password) : local(password);
    }

    /// <summary>A secret parameter whose value is generated once and kept under &lt;data&gt;/secrets.</summary>
    internal static IResourceBuilder<ParameterResource> AddGeneratedPassword(this IDistributedApplicationBuilder builder, string name, LocalSecrets secrets) =>
        builder.AddParameter(name, () => secrets.GetOrCreate(name), secret: true);

    /// <summary>True when configuration gives <c>ConnectionStrings:&lt;name&gt;</c>: the resource runs elsewhere.</summary>
    internal static bool IsExternal(IDistributedApplicationBuilder builder, string name) =>
        !string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(name));
}

/// <summary>One PostgreSQL server (local, container, or none when every database is external) and its databases.</summary>
public sealed class SuitePostgres(IDistributedApplicationBuilder builder, string name, SuiteOptions suite, SuitePorts ports, LocalSecrets secrets)
{
    private IResourceBuilder<LocalPostgresResource>? _local;
    private IResourceBuilder<PostgresServerResource>? _container;

    /// <summary>The server resource, once a database made it exist.</summary>
    public IResourceBuilder<IResource>? Server => (IResourceBuilder<IResource>?)_local ?? _container;

    /// <summary>A database on the server, or the connection string configured for it.</summary>
    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string database)
    {
        if (SuiteInfrastructureExtensions.IsExternal(builder, database))
        {
            return builder.AddConnectionString(database);
        }

        if (suite.Infrastructure == InfrastructureKind.Containers)
        {
            _container ??= builder.AddPostgres(name, password: builder.AddGeneratedPassword($"{name}-password", secrets), port: ports.Of(name)).WithDataVolume();
            return _container.AddDatabase(database);
        }

        _local ??= builder.AddLocalPostgres(name, suite, ports.Of(name), builder.AddGeneratedPassword($"{name}-password", secrets));
        return _local.AddDatabase(database);
    }
}
