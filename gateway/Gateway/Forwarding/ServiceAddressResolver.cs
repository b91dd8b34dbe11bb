namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>
/// Resolves <c>http://goals</c> the way .NET service discovery's configuration provider does:
/// <c>services:goals:http:0</c> when configured (the AppHost sets <c>services__goals__http__0</c>), else the address as written;
/// and finds the Unix domain socket the service also listens on, <c>services:goals:unix:0</c>, when it runs on this machine.
/// </summary>
public static class ServiceAddressResolver
{
    // sun_path holds 108 bytes with the terminating zero.
    private const int MaxSocketPathBytes = 107;

    /// <summary>The local socket configured for the service behind <paramref name="address"/>, or null.</summary>
    /// <exception cref="InvalidOperationException">The configured path is not absolute or too long for a socket.</exception>
    public static string? ResolveLocalSocket(IConfiguration configuration, Uri address)
    {
        var key = $"services:{address.Host}:unix:0";
        var configured = configuration[key];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        if (!Path.IsPathFullyQualified(configured) || System.Text.Encoding.UTF8.GetByteCount(configured) > MaxSocketPathBytes)
        {
            throw new InvalidOperationException(
                $"{key} is '{configured}', which is not an absolute path of at most {MaxSocketPathBytes} bytes.");
        }

        return configured;
    }

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
