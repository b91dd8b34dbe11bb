using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace ServiceExcellence.ServiceDefaults.Security;

/// <summary>The suite's 401 and 403 answers for bearer tokens: problem details in our words, and a warning line for each.</summary>
/// <remarks>
/// The failed validation reaches <see cref="Challenge"/> as <see cref="JwtBearerChallengeContext.AuthenticateFailure"/>,
/// so nothing is recorded at <c>OnAuthenticationFailed</c>: a token that fails on an anonymous route is not worth a line.
/// </remarks>
public sealed class BearerTokenEvents(IProblemDetailsService problemDetails, ILogger<BearerTokenEvents> logger) : JwtBearerEvents
{
    public override async Task Challenge(JwtBearerChallengeContext context)
    {
        // Our answer replaces the handler's bare 401 and its error_description (which would echo the validator's detail).
        context.HandleResponse();
        var reason = context.AuthenticateFailure is { } failure ? Describe(failure) : null;
        var (request, response) = (context.Request, context.Response);
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = reason is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        logger.LogWarning("Unauthenticated {Method} {Path}: {Reason}", request.Method, request.Path, reason ?? "no bearer token");
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = reason ?? "A bearer token (or an API key at the gateway) is required.",
            },
        });
    }

    public override async Task Forbidden(ForbiddenContext context)
    {
        var (request, user) = (context.Request, context.HttpContext.User);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        logger.LogWarning("Denied {Method} {Path} for {Subject} with roles {Roles}", request.Method, request.Path,
            user.FindFirstValue(SuiteClaims.Subject), string.Join(',', user.FindAll(SuiteClaims.Role).Select(c => c.Value)));
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Forbidden",
                Detail = "Your roles do not allow this action.",
            },
        });
    }

    private static string Describe(Exception exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The token's signature is not valid.",
        SecurityTokenInvalidAudienceException => "The token was issued for another audience.",
        SecurityTokenInvalidIssuerException => "The token was issued by an unknown issuer.",
        _ => "The token is malformed or not valid.",
    };
}
