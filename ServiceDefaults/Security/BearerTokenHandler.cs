using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ServiceExcellence.ServiceDefaults.Security;

/// <summary>
/// Validates <c>Authorization: Bearer</c> JWTs. The JwtBearer package cannot be restored from our feed, so this small
/// handler does the same job on Microsoft.IdentityModel.JsonWebTokens; 401/403 answers are problem details.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    TokenValidationParameters parameters,
    ValidatedTokens validatedTokens,
    IProblemDetailsService problemDetails)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "Bearer";

    private static readonly JsonWebTokenHandler Tokens = new() { MapInboundClaims = false };

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (validatedTokens.Find(token) is { } known)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(known), SchemeName));
        }

        var result = await Tokens.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            Context.Items[nameof(BearerTokenHandler)] = Describe(result.Exception);
            return AuthenticateResult.Fail(result.Exception ?? new SecurityTokenException("Invalid token."));
        }

        validatedTokens.Remember(token, result.ClaimsIdentity, new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(result.ClaimsIdentity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var reason = Context.Items[nameof(BearerTokenHandler)] as string;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = reason is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        Logger.LogWarning("Unauthenticated {Method} {Path}: {Reason}", Request.Method, Request.Path, reason ?? "no bearer token");
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = reason ?? "A bearer token (or an API key at the gateway) is required.",
            },
        });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Logger.LogWarning("Denied {Method} {Path} for {Subject} with roles {Roles}", Request.Method, Request.Path,
            Context.User.FindFirstValue(SuiteClaims.Subject),
            string.Join(',', Context.User.FindAll(SuiteClaims.Role).Select(c => c.Value)));
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Forbidden",
                Detail = "Your roles do not allow this action.",
            },
        });
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The token's signature is not valid.",
        SecurityTokenInvalidAudienceException => "The token was issued for another audience.",
        SecurityTokenInvalidIssuerException => "The token was issued by an unknown issuer.",
        _ => "The token is malformed or not valid.",
    };
}
