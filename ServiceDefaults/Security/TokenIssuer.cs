using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ServiceExcellence.ServiceDefaults.Security;

/// <summary>Issues signed tokens with the suite's claims; used by the development token endpoint and by tests.</summary>
public sealed class TokenIssuer(RsaSecurityKey key, IOptions<AuthOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public IssuedToken Issue(string subject, IEnumerable<string> roles, IEnumerable<string> departments) =>
        Issue(subject, roles, departments, options.Value.DevTokenLifetime);

    /// <summary>A token valid for <paramref name="lifetime"/>, e.g. the gateway's short-lived tokens for API-key callers.</summary>
    public IssuedToken Issue(string subject, IEnumerable<string> roles, IEnumerable<string> departments, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        var expires = now + lifetime;
        var claims = new List<Claim> { new(SuiteClaims.Subject, subject) };
        claims.AddRange(roles.Distinct().Select(r => new Claim(SuiteClaims.Role, r)));
        claims.AddRange(departments.Distinct().Select(d => new Claim(SuiteClaims.Department, d)));

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
        return new IssuedToken(token, expires);
    }
}

/// <summary>A bearer token and when it stops being accepted.</summary>
public sealed record IssuedToken(string Token, DateTimeOffset ExpiresAt);
