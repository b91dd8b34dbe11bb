using Microsoft.Extensions.Configuration;

namespace ServiceExcellence.ServiceDefaults.Resilience;

/// <summary>Finds another service's base address the way .NET Aspire passes it: <c>services:&lt;name&gt;:https|http:0</c>.</summary>
public static class ServiceEndpoints
{
    // The secure endpoint wins when both are configured, as with Aspire's "https+http://name" form.
    private static readonly string[] Schemes = ["https", "http"];

    /// <summary>The service's HTTPS endpoint if configured, else its HTTP one; throws naming the keys when neither is set.</summary>
    /// <exception cref="InvalidOperationException">No endpoint is configured, or the configured one is not an absolute http(s) URI.</exception>
    public static Uri Resolve(IConfiguration configuration, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);

        foreach (var scheme in Schemes)
        {
            var key = $"services:{serviceName}:{scheme}:0";
            var value = configuration[key];
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new InvalidOperationException(
                    $"Configuration key '{key}' for service '{serviceName}' is '{value}', which is not an absolute http(s) URI.");
            }

            return WithTrailingSlash(uri);
        }

        throw new InvalidOperationException(
            $"No endpoint configured for service '{serviceName}': set 'services:{serviceName}:https:0' or " +
            $"'services:{serviceName}:http:0' (environment variable services__{serviceName}__http__0=http://host:port).");
    }

    // Without the slash, a relative request path replaces the base address's last segment instead of extending it.
    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new UriBuilder(uri) { Path = uri.AbsolutePath + "/" }.Uri;
}
