using Refit;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Goals.Clients;

/// <summary>Registers Goals' client of Reporting.</summary>
public static class ReportingClientExtensions
{
    /// <summary>Reporting's address, resolved by service discovery from <c>services:reporting:http:0</c>.</summary>
    public static readonly Uri ReportingAddress = new("http://reporting");

    /// <summary>
    /// <see cref="IReportingApi"/> at <see cref="ReportingAddress"/>, with the suite's client defaults (resilience from
    /// <c>Resilience:reporting</c>) and, innermost, <see cref="ServiceIdentityHandler"/>, so that every attempt carries a
    /// token that is valid when it is sent.
    /// </summary>
    public static IHttpClientBuilder AddReportingClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTransient<ServiceIdentityHandler>();
        return services.AddRefitGeneratedClient<IReportingApi>(ReportingJson.Default)
            .ConfigureHttpClient(http => http.BaseAddress = ReportingAddress)
            .AddServiceClientDefaults(configuration.GetSection("Resilience:reporting"))
            .AddHttpMessageHandler<ServiceIdentityHandler>();
    }
}
