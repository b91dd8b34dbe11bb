namespace ServiceExcellence.ServiceDefaults.Tests.Resilience;

/// <summary>A typed client as services write them: a class that takes HttpClient.</summary>
public sealed class UpstreamClient(HttpClient http)
{
    public HttpClient Http { get; } = http;
}

/// <summary>A second typed client for the same upstream service.</summary>
public sealed class OtherUpstreamClient(HttpClient http)
{
    public HttpClient Http { get; } = http;
}
