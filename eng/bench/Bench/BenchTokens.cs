using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Bench;

/// <summary>
/// Bearer tokens signed with the suite's own key, as the enterprise's identity provider would issue them, so a bench does
/// not need the development token route and can run the suite in Production, as deployed.
/// </summary>
public static class BenchTokens
{
    public static string Issue(string signingKeyPath, string subject, string[] roles, string[] departments)
    {
        var key = SigningKey.Load(signingKeyPath, createIfMissing: false);
        return new TokenIssuer(key, Options.Create(new AuthOptions()), TimeProvider.System).Issue(subject, roles, departments).Token;
    }

    /// <summary>A client of <paramref name="baseAddress"/> holding a token of <paramref name="role"/> for every department.</summary>
    public static HttpClient Client(string signingKeyPath, Uri baseAddress, string role, TimeSpan? timeout = null)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Issue(signingKeyPath, "bench", [role], []));
        return client;
    }
}
