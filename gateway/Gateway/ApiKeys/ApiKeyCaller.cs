namespace ServiceExcellence.Gateway.ApiKeys;

/// <summary>The key a request came with, once the gateway has accepted it; read by rate limits and the denial log.</summary>
public static class ApiKeyCaller
{
    private const string Item = "gateway.api-key";

    public static ActiveApiKey? Of(HttpContext context) => context.Items[Item] as ActiveApiKey;

    internal static void Set(HttpContext context, ActiveApiKey key) => context.Items[Item] = key;
}
