using ServiceExcellence.Testing;

namespace ServiceExcellence.Goals.Tests;

/// <summary>The Goals service in process against the real infrastructure, shared by the tests of this assembly.</summary>
public sealed class GoalsService() : ServiceUnderTest<Program>("goals");

[CollectionDefinition(Name)]
public sealed class GoalsServiceCollection : ICollectionFixture<GoalsService>
{
    public const string Name = "goals service";
}
