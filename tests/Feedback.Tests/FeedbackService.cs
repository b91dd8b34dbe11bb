using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests;

/// <summary>The Feedback service in process against the real infrastructure, shared by the tests of this assembly.</summary>
public sealed class FeedbackService() : ServiceUnderTest<Program>("feedback");

[CollectionDefinition(Name)]
public sealed class FeedbackServiceCollection : ICollectionFixture<FeedbackService>
{
    public const string Name = "feedback service";
}
