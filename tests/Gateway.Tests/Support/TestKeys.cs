using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ServiceExcellence.Gateway.Data;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Gateway.Tests.Support;

/// <summary>A key as its creator received it.</summary>
public sealed record CreatedKey(Guid Id, string Key, string Prefix);

/// <summary>Creating keys through the admin API, and reading the token the gateway put in their place.</summary>
public static class TestKeys
{
    public const string Route = "/api/gateway/api-keys";

    /// <summary>Creates a key through the admin API, first making its departments known to the gateway.</summary>
    public static async Task<CreatedKey> CreateAsync(GatewayFactory gateway, string[] departments, params string[] allowedOrigins)
    {
        foreach (var department in departments)
        {
            await gateway.Services.AddKnownDepartmentAsync<GatewayDbContext>(department);
        }

        using var admin = gateway.CreateAdminClient();
        using var response = await admin.PostAsJsonAsync(
            Route, new { name = "test key " + Guid.NewGuid().ToString("N")[..6], departments, allowedOrigins });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CreatedKey>())!;
    }

    public static async Task RevokeAsync(HttpClient admin, Guid id)
    {
        using var response = await admin.DeleteAsync($"{Route}/{id}");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>The claims of a bearer token (not validated: the services do that).</summary>
    public static JsonElement ClaimsOf(string? authorization)
    {
        Assert.NotNull(authorization);
        Assert.StartsWith("Bearer ", authorization);
        var payload = authorization["Bearer ".Length..].Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement.Clone();
    }

    public static string UniqueDepartment(string stem = "dept") => $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";
}
