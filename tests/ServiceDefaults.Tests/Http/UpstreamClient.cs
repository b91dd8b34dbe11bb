namespace ServiceExcellence.ServiceDefaults.Tests.Http;

/// <summary>A typed client as services write them: a class that takes HttpClient.</summary>
public sealed class UpstreamClient(HttpClient http)
{
    public HttpClient Http { get; } = http;
}
