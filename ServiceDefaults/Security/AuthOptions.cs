namespace ServiceExcellence.ServiceDefaults.Security;

/// <summary>Where the token signing key lives and who issues tokens for whom (configuration section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>PEM file with the RSA key; the AppHost generates it under <c>.data/auth</c> on first run.</summary>
    public string? SigningKeyPath { get; set; }

    public string Issuer { get; set; } = "service-excellence";

    public string Audience { get; set; } = "service-excellence";

    /// <summary>Lifetime of tokens issued by the development token endpoint.</summary>
    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
