using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.ServiceDefaults.Tests.Security;

public sealed class ValidatedTokensTests
{
    private static readonly ClaimsIdentity Alice = new([new Claim("sub", "alice")], "Bearer");

    [Fact]
    public void A_remembered_token_is_found_until_it_expires()
    {
        var clock = new ManualClock();
        using var tokens = new ValidatedTokens(clock);
        tokens.Remember("token-a", Alice, ExpiringAt(clock.GetUtcNow().AddMinutes(2)));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("alice", tokens.Find("token-a")?.Identity.FindFirst("sub")?.Value);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(tokens.Find("token-a"));
    }

    [Fact]
    public void A_long_lived_token_is_revalidated_after_five_minutes()
    {
        var clock = new ManualClock();
        using var tokens = new ValidatedTokens(clock);
        tokens.Remember("token-b", Alice, ExpiringAt(clock.GetUtcNow().AddHours(8)));

        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Null(tokens.Find("token-b"));
    }

    [Fact]
    public void An_unknown_token_is_not_found() =>
        Assert.Null(new ValidatedTokens(TimeProvider.System).Find("never-seen"));

    [Fact]
    public void A_claim_added_to_a_found_identity_is_not_remembered()
    {
        var clock = new ManualClock();
        using var tokens = new ValidatedTokens(clock);
        tokens.Remember("token-c", Alice, ExpiringAt(clock.GetUtcNow().AddMinutes(2)));

        tokens.Find("token-c")!.Identity.AddClaim(new Claim("role", "admin"));

        Assert.Null(tokens.Find("token-c")!.Identity.FindFirst("role"));
    }

    // An unsigned token is enough: the cache only reads its expiry.
    private static JsonWebToken ExpiringAt(DateTimeOffset expires) => new(new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }
        .CreateToken(new SecurityTokenDescriptor { Expires = expires.UtcDateTime, Subject = Alice }));
}
