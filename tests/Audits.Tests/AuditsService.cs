using ServiceExcellence.Testing;

namespace ServiceExcellence.Audits.Tests;

/// <summary>The Audits service in process against the real infrastructure, shared by the tests of this assembly.</summary>
public sealed class AuditsService() : ServiceUnderTest<Program>("audits");

[CollectionDefinition(Name)]
public sealed class AuditsServiceCollection : ICollectionFixture<AuditsService>
{
    public const string Name = "audits service";
}
