using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.ServiceDefaults.Security;

/// <summary>Registers bearer-token authentication (JwtBearer on the suite's key), role policies and the development token endpoint.</summary>
public static class SecurityExtensions
{
    public static IHostApplicationBuilder AddSuiteAuthentication(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AuthOptions.SectionName);
        builder.Services.Configure<AuthOptions>(section);
        var auth = section.Get<AuthOptions>() ?? new AuthOptions();
        var keyPath = auth.SigningKeyPath
            ?? Path.Combine(builder.Environment.ContentRootPath, ".data", "auth", "dev-signing-key.pem");

        // Outside Development a missing key is a deployment error: refuse to start rather than answer 500 later.
        if (!builder.Environment.IsDevelopment() && !File.Exists(keyPath))
        {
            throw new InvalidOperationException($"The token signing key '{keyPath}' does not exist (Auth:SigningKeyPath).");
        }

        builder.Services.AddSingleton(_ => SigningKey.Load(keyPath, createIfMissing: builder.Environment.IsDevelopment()));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddSingleton<ValidatedTokens>();
        builder.Services.AddSingleton<BearerTokenEvents>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<RsaSecurityKey, ValidatedTokens>((bearer, key, validatedTokens) =>
            {
                // The suite's own key: no authority, no metadata to fetch (an OpenID Connect service replaces this later).
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Issuer,
                    ValidAudience = auth.Audience,
                    IssuerSigningKey = key,
                    ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                    NameClaimType = SuiteClaims.Subject,
                    RoleClaimType = SuiteClaims.Role,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
                bearer.TokenHandlers.Clear();
                bearer.TokenHandlers.Add(new CachingJsonWebTokenHandler(validatedTokens));
                bearer.EventsType = typeof(BearerTokenEvents);
            });

        var policies = builder.Services.AddAuthorizationBuilder();
        foreach (var role in Roles.All)
        {
            // Admin may do everything, so every role policy admits it as well.
            policies.AddPolicy(role, p => p.RequireAuthenticatedUser().RequireRole(role, Roles.Admin));
        }

        return builder;
    }

    /// <summary>
    /// <c>POST /api/auth/dev-token</c>: a signed token for any subject, roles and departments. Mapped only in
    /// Development, so it does not exist at all in any other environment.
    /// </summary>
    public static IEndpointRouteBuilder MapDevTokenEndpoint(this IEndpointRouteBuilder endpoints)
    {
        var environment = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>();
        if (environment.IsDevelopment())
        {
            endpoints.MapPost("/api/auth/dev-token", (DevTokenRequest request, TokenIssuer issuer) =>
                {
                    var token = issuer.Issue(request.Sub!, request.Roles ?? [], request.Depts ?? []);
                    return TypedResults.Ok(new DevTokenResponse(token.Token, token.ExpiresAt));
                })
                .Validate<DevTokenRequest>()
                .AllowAnonymous()
                .WithTags("Auth")
                .WithSummary("Issue a development token (Development only)");
        }

        return endpoints;
    }
}

/// <summary>Body of <c>POST /api/auth/dev-token</c>.</summary>
public sealed record DevTokenRequest(string? Sub, string[]? Roles, string[]? Depts) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequireText("sub", Sub, 200);
        foreach (var role in Roles ?? [])
        {
            if (!Security.Roles.All.Contains(role))
            {
                errors.Add("roles", $"Unknown role '{role}'; known roles: {string.Join(", ", Security.Roles.All)}.");
            }
        }

        foreach (var dept in Depts ?? [])
        {
            if (!Contracts.DepartmentCode.IsValid(dept))
            {
                errors.Add("depts", $"'{dept}' is not a department code (lowercase letters, digits and hyphens).");
            }
        }
    }
}

/// <summary>A development token and its expiry.</summary>
public sealed record DevTokenResponse(string Token, DateTimeOffset ExpiresAt);
