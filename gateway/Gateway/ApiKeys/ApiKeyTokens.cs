using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Gateway.ApiKeys;

/// <summary>
/// The short-lived bearer token that stands for a key towards the services (sub <c>api-key:&lt;id&gt;</c>, role
/// <c>intake</c>, the key's departments). One token per key is reused until a fifth of its lifetime is left, so the RSA
/// signature is paid once per key and lifetime, not per request. Revocation does not depend on the token's expiry:
/// the client never sees it, and every request's key is checked first.
/// </summary>
public sealed class ApiKeyTokens(TokenIssuer issuer, TimeProvider time, IOptions<ApiKeyOptions> options)
{
    private readonly ConcurrentDictionary<Guid, IssuedToken> _tokens = new();

    public string For(ActiveApiKey key)
    {
        var now = time.GetUtcNow();
        var lifetime = options.Value.TokenLifetime;
        if (_tokens.TryGetValue(key.Id, out var token) && token.ExpiresAt - now > lifetime / 5)
        {
            return token.Token;
        }

        token = issuer.Issue(key.Subject, [Roles.Intake], key.Departments, lifetime);
        _tokens[key.Id] = token;
        return token.Token;
    }

    /// <summary>Forgets the token of a revoked key (it would expire unused anyway; this keeps the map small).</summary>
    public void Forget(Guid keyId) => _tokens.TryRemove(keyId, out _);
}
