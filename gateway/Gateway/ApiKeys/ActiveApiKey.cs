namespace ServiceExcellence.Gateway.ApiKeys;

/// <summary>What the gateway needs to know about a valid, unrevoked key on the request path.</summary>
public sealed record ActiveApiKey(Guid Id, string Name, IReadOnlyList<string> Departments, IReadOnlySet<string> AllowedOrigins)
{
    public string Subject => $"api-key:{Id}";
}
