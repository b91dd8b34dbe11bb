using ServiceExcellence.Testing;

namespace ServiceExcellence.Reporting.Tests;

/// <summary>The Reporting service in process against the real infrastructure, shared by the tests of this assembly.</summary>
public sealed class ReportingService() : ServiceUnderTest<Program>("reporting");

[CollectionDefinition(Name)]
public sealed class ReportingServiceCollection : ICollectionFixture<ReportingService>
{
    public const string Name = "reporting service";
}
