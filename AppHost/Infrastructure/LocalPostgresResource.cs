using Aspire.Hosting.ApplicationModel;

namespace ServiceExcellence.AppHost.Infrastructure;

/// <summary>
/// A PostgreSQL server from the operating system's packages, run as an executable; services receive the same
/// <c>ConnectionStrings__&lt;database&gt;</c> as from Aspire's container integration.
/// </summary>
public sealed class LocalPostgresResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    /// <summary>The superuser the services connect as (each service gets a role of its own in a later step).</summary>
    public const string UserName = "postgres";

    /// <summary>The system user PostgreSQL runs as when the AppHost is root.</summary>
    public const string SystemUserName = "postgres";

    /// <summary>The databases on this server, by resource name.</summary>
    internal List<LocalPostgresDatabaseResource> Databases { get; } = [];

    public ParameterResource Password { get; } = password;

    public EndpointReference Endpoint => new(this, "tcp");

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Endpoint.Property(EndpointProperty.Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username={UserName};Password={Password}");
}

/// <summary>One database of a <see cref="LocalPostgresResource"/>, created when the server first becomes healthy.</summary>
public sealed class LocalPostgresDatabaseResource(string name, LocalPostgresResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent { get; } = parent;

    /// <summary>The database's name on the server, the same as the resource's.</summary>
    public string DatabaseName => Name;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
