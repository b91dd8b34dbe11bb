using System.Reflection;
using ServiceExcellence.Contracts;

namespace ServiceExcellence.Contracts.Tests;

public sealed class IntegrationEventConventionTests
{
    public static TheoryData<Type> EventTypes() => new(typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && typeof(IIntegrationEvent).IsAssignableFrom(t)));

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Every_integration_event_is_a_sealed_record_in_a_context_namespace(Type type)
    {
        Assert.True(type.IsSealed, $"{type.Name} must be sealed");
        Assert.NotNull(type.GetMethod("<Clone>$")); // only records have the compiler's clone method
        Assert.Matches(@"^ServiceExcellence\.Contracts\.[A-Z][A-Za-z]+$", type.Namespace);
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Every_integration_event_is_named_in_the_past_tense(Type type) =>
        Assert.Matches("(ed|Breached|Detected|Overdue)$", type.Name);

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Every_integration_event_carries_its_id_time_and_department(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet();

        Assert.Contains("EventId", properties);
        Assert.Contains("OccurredAt", properties);
        Assert.Contains("DepartmentCode", properties);
    }
}
