using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ServiceExcellence.AppHost.Services;

/// <summary>
/// A short-lived administrator token for the operator's commands in the dashboard, signed with the development key
/// this AppHost generated and gave to the services (so it works in Production runs too, where no token route exists).
/// </summary>
public sealed class OperatorToken(string signingKeyPath, TimeProvider time)
{
    // The issuer and audience the services accept (their Auth options' defaults).
    private const string Issuer = "service-excellence";

    public string Issue()
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(signingKeyPath));
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Subject = new ClaimsIdentity([new Claim("sub", "operator:apphost"), new Claim("role", "admin")]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)), SecurityAlgorithms.RsaSha256),
        });
    }
}
