using Aspire.Hosting.ApplicationModel;

namespace ServiceExcellence.AppHost.Infrastructure;

/// <summary>
/// A private RabbitMQ node from the operating system's packages (never the system service), run as an executable:
/// its own node name, ports, Mnesia, logs, cookie and epmd under &lt;data&gt;/rabbitmq, no plugins.
/// </summary>
public sealed class LocalRabbitMqResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string UserName = "suite";

    public ParameterResource Password { get; } = password;

    public EndpointReference Endpoint => new(this, "amqp");

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{UserName}:{Password}@{Endpoint.Property(EndpointProperty.Host)}:{Endpoint.Property(EndpointProperty.Port)}/");
}

/// <summary>The Erlang port mapper of the RabbitMQ node, in the foreground: left to Erlang it would start as a daemon and outlive the suite.</summary>
public sealed class LocalEpmdResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory);
