namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>
/// Resolves <c>http://goals</c> the way .NET service discovery's configuration provider does:
/// <c>services:goals:http:0</c> when configured (the AppHost sets <c>services__goals__http__0</c>), else the address as written.
/// </summary>
public static class ServiceAddressResolver
{
    public static Uri Resolve(IConfiguration configuration, Uri address)
    {
        var configured = configuration[$"services:{address.Host}:{address.Scheme}:0"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return address;
        }

        if (!Uri.TryCreate(configured, UriKind.Absolute, out var resolved))
        {
            throw new InvalidOperationException(
                $"services:{address.Host}:{address.Scheme}:0 is '{configured}', which is not an absolute URI.");
        }

        // A path on the logical address (http://goals/v1) survives resolution.
        return address.AbsolutePath == "/" ? resolved : new Uri(resolved, address.AbsolutePath.TrimStart('/'));
    }
}
