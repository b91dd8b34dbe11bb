using Xunit.Abstractions;

namespace ServiceExcellence.EndToEnd.Tests;

/// <summary>The suite most end-to-end tests share: as configured by default, with the gateway's budgets raised.</summary>
public sealed class RunningSuite(IMessageSink diagnostics) : GatewaySuite(diagnostics)
{
    protected override IReadOnlyDictionary<string, string> Environment => RaisedRateLimits;
}

/// <summary>All end-to-end tests share one running suite and run one after another (some stop resources).</summary>
[CollectionDefinition(Name)]
public sealed class RunningSuiteCollection : ICollectionFixture<RunningSuite>
{
    public const string Name = "running suite";
}
