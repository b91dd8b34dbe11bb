using System.Net.Http.Headers;

namespace ServiceExcellence.ServiceDefaults.Security;

/// <summary>
/// Signs outgoing calls to another service as this service itself (e.g. sub <c>service:goals</c>, role <c>analyst</c>,
/// no departments), with a token from <see cref="Credentials"/>.
/// </summary>
/// <remarks>
/// Register one <see cref="Credentials"/> as a singleton: the HTTP client factory recycles handlers every few minutes,
/// and the token should outlive them.
/// </remarks>
public sealed class ServiceIdentityHandler(ServiceIdentityHandler.Credentials credentials) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials.CurrentToken());
        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// The service's own token, issued with the suite's signing key (every service holds it, so no token service is
    /// involved) and kept until shortly before it expires.
    /// </summary>
    /// <remarks>
    /// The token lives as long as <c>Auth:DevTokenLifetime</c>, the issuer's only lifetime setting. It is renewed a
    /// minute (or a tenth of its lifetime, if shorter) before expiry, so a retried request never carries a lapsing token.
    /// </remarks>
    public sealed class Credentials(TokenIssuer issuer, TimeProvider time, string subject, IReadOnlyList<string> roles)
    {
        private readonly Lock _gate = new();
        private IssuedToken? _token;
        private DateTimeOffset _renewAt;


        public string CurrentToken()
        {
            lock (_gate)
            {
                var now = time.GetUtcNow();
                if (_token is null || now >= _renewAt)
                {
                    _token = issuer.Issue(subject, roles, []);
                    var lifetime = _token.ExpiresAt - now;
                    _renewAt = _token.ExpiresAt - TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, lifetime.Ticks / 10));
                }

                return _token.Token;
            }
        }
    }
}
