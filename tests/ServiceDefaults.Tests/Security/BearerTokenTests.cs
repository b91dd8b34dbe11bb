using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.ServiceDefaults.Tests.Security;

/// <summary>The suite's bearer authentication (JwtBearer with our parameters, answers, warnings and cache) on a real pipeline.</summary>
public sealed class BearerTokenTests : IAsyncLifetime
{
    private readonly string keyPath = Path.Combine(Path.GetTempPath(), $"bearer-tests-{Guid.NewGuid():N}.pem");
    private readonly CapturedWarnings warnings = new(typeof(BearerTokenEvents).FullName!);
    private WebApplication app = null!;
    private HttpClient client = null!;

    [Fact]
    public async Task A_valid_token_authenticates_its_subject_and_roles_under_the_suites_claim_names()
    {
        var token = Issue(TimeProvider.System).Issue("alice", [Roles.Manager], ["ward-3"]).Token;

        var me = await GetAsync<WhoAmI>("/manager-only", token);

        Assert.Equal(("alice", "alice", "manager", "ward-3"), (me.Name, me.Subject, string.Join(',', me.Roles), string.Join(',', me.Departments)));
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_a_401_problem_with_a_bare_bearer_challenge()
    {
        using var response = await SendAsync("/manager-only", token: null);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("A bearer token (or an API key at the gateway) is required.", problem.GetProperty("detail").GetString());
        Assert.Equal("Unauthenticated GET /manager-only: no bearer token", Assert.Single(warnings.Lines));
    }

    [Fact]
    public async Task A_token_expired_beyond_the_minute_of_skew_is_refused_saying_so()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddHours(-1).AddMinutes(-2));
        var lapsed = Issue(clock).Issue("alice", [Roles.Manager], [], TimeSpan.FromHours(1)).Token;
        clock.Advance(TimeSpan.FromMinutes(1.5));
        var withinSkew = Issue(clock).Issue("alice", [Roles.Manager], [], TimeSpan.FromHours(1)).Token;

        using var response = await SendAsync("/manager-only", lapsed);

        await AssertRefusedAsync(response, "The token has expired.");
        Assert.Equal("Unauthenticated GET /manager-only: The token has expired.", Assert.Single(warnings.Lines));
        Assert.Equal("alice", (await GetAsync<WhoAmI>("/manager-only", withinSkew)).Subject);
    }

    [Fact]
    public async Task A_token_for_another_audience_or_from_another_issuer_is_refused_saying_so()
    {
        var otherAudience = Issue(TimeProvider.System, new AuthOptions { Audience = "elsewhere" }).Issue("alice", [Roles.Manager], []).Token;
        var otherIssuer = Issue(TimeProvider.System, new AuthOptions { Issuer = "elsewhere" }).Issue("alice", [Roles.Manager], []).Token;

        using var audience = await SendAsync("/manager-only", otherAudience);
        using var issuer = await SendAsync("/manager-only", otherIssuer);

        await AssertRefusedAsync(audience, "The token was issued for another audience.");
        await AssertRefusedAsync(issuer, "The token was issued by an unknown issuer.");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused_saying_so()
    {
        using var otherKey = new System.Security.Cryptography.RSACryptoServiceProvider(2048);
        var forged = new TokenIssuer(new RsaSecurityKey(otherKey), Options.Create(new AuthOptions()), TimeProvider.System)
            .Issue("mallory", [Roles.Admin], []).Token;

        using var response = await SendAsync("/manager-only", forged);

        await AssertRefusedAsync(response, "The token's signature is not valid.");
    }

    [Fact]
    public async Task A_role_the_route_does_not_allow_is_a_403_problem()
    {
        var token = Issue(TimeProvider.System).Issue("bob", [Roles.Agent], []).Token;

        using var response = await SendAsync("/manager-only", token);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Your roles do not allow this action.", problem.GetProperty("detail").GetString());
        Assert.Equal("Denied GET /manager-only for bob with roles agent", Assert.Single(warnings.Lines));
    }

    [Fact]
    public async Task A_validated_token_is_remembered_and_a_remembered_token_is_not_validated_again()
    {
        var token = Issue(TimeProvider.System).Issue("carol", [Roles.Manager], []).Token;
        var remembered = app.Services.GetRequiredService<ValidatedTokens>();

        await GetAsync<WhoAmI>("/manager-only", token);
        var found = remembered.Find(token);
        // What the cache answers for is accepted as it is: not even parsed, let alone checked against the key.
        remembered.Remember("not-a-jwt", found!.Identity, found.Token);

        Assert.Equal("carol", (await GetAsync<WhoAmI>("/manager-only", "not-a-jwt")).Subject);
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create("Auth:SigningKeyPath", (string?)keyPath)]);
        builder.Logging.AddProvider(warnings);
        builder.Services.AddProblemDetails();
        builder.AddSuiteAuthentication();
        app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/manager-only", (ClaimsPrincipal user) => new WhoAmI(
                user.Identity?.Name, user.Subject(), [.. user.FindAll(SuiteClaims.Role).Select(c => c.Value)], [.. user.Departments()]))
            .RequireAuthorization(Roles.Manager);
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        File.Delete(keyPath);
    }

    private TokenIssuer Issue(TimeProvider clock, AuthOptions? options = null) =>
        new(app.Services.GetRequiredService<RsaSecurityKey>(), Options.Create(options ?? new AuthOptions()), clock);

    private async Task<HttpResponseMessage> SendAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    private async Task<T> GetAsync<T>(string path, string token)
    {
        using var response = await SendAsync(path, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string detail)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    private sealed record WhoAmI(string? Name, string Subject, IReadOnlyList<string> Roles, IReadOnlyList<string> Departments);
}
