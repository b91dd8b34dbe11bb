namespace ServiceExcellence.Gateway.Domain.ApiKeys;

/// <summary>
/// A credential an <c>intake</c> client (web widget, telephony system) presents as <c>X-Api-Key</c>. Only the key's
/// hash is kept; the key itself is shown once, when it is created.
/// </summary>
public sealed class ApiKey
{
    public const int MaxNameLength = 200;
    public const int MaxOriginLength = 300;
    public const int MaxDepartments = 50;
    public const int MaxOrigins = 20;

    private ApiKey()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Lowercase hex SHA-256 of the key (see <see cref="ApiKeySecret.HashOf"/>).</summary>
    public string KeyHash { get; private set; } = "";

    /// <summary>The key's first characters, so an admin can tell keys apart without seeing them.</summary>
    public string Prefix { get; private set; } = "";

    public string[] Departments { get; private set; } = [];

    /// <summary>Origins (scheme://host[:port]) browsers may call from with this key; empty allows no browser origin.</summary>
    public string[] AllowedOrigins { get; private set; } = [];

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static ApiKey Create(
        ApiKeySecret secret, string name, IEnumerable<string> departments, IEnumerable<string> allowedOrigins,
        string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = name.Trim(),
        KeyHash = secret.Hash,
        Prefix = secret.Prefix,
        Departments = departments.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        AllowedOrigins = allowedOrigins.Select(ApiKeyOrigin.Normalize).Distinct(StringComparer.Ordinal).ToArray(),
        CreatedBy = createdBy,
        CreatedAt = now,
    };

    /// <summary>Revoking twice keeps the first time: the key stopped working then.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
