using System.Collections.Frozen;
using ServiceExcellence.Contracts;

namespace ServiceExcellence.ServiceDefaults.Messaging;

/// <summary>Resolves stored event type names to the event records of the Contracts assembly.</summary>
public static class IntegrationEventTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .ToFrozenDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static Type Resolve(string name) =>
        ByName.TryGetValue(name, out var type)
            ? type
            : throw new InvalidOperationException($"'{name}' is not an integration event type of the Contracts assembly.");
}
