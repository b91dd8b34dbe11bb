using ServiceExcellence.Gateway.Domain.ApiKeys;

namespace ServiceExcellence.Gateway.Api.ApiKeys;

/// <summary>A key as listed: everything but the key itself, which the gateway does not have.</summary>
public sealed record ApiKeyResponse(
    Guid Id,
    string Name,
    string Prefix,
    IReadOnlyList<string> Departments,
    IReadOnlyList<string> AllowedOrigins,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt)
{
    public static ApiKeyResponse From(ApiKey key) => new(
        key.Id, key.Name, key.Prefix, key.Departments, key.AllowedOrigins, key.CreatedBy, key.CreatedAt, key.RevokedAt, key.LastUsedAt);
}

/// <summary>Answer to creating a key: the only time the key is shown.</summary>
public sealed record CreatedApiKeyResponse(Guid Id, string Key, string Prefix);
