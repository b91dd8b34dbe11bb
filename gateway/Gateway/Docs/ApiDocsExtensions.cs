using ServiceExcellence.Gateway.Hardening;
using ServiceExcellence.Gateway.Proxy;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Configuration;

namespace ServiceExcellence.Gateway.Docs;

/// <summary>
/// One API UI for the suite at <c>/docs</c> (Swashbuckle's packaged Swagger UI), listing the gateway's own document
/// and every service's, which the gateway fetches from the service as <c>/openapi/{service}.json</c>. Documents carry
/// the suite's security schemes, so "Authorize" with a bearer token or an API key works from the UI.
/// </summary>
public static class ApiDocsExtensions
{
    public const string GatewayDocument = "/openapi/gateway/v1.json";

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi("/openapi/gateway/{documentName}.json").AllowAnonymous();
        app.MapGet("/openapi/{service}.json", FetchServiceDocumentAsync).AllowAnonymous().ExcludeFromDescription();

        // The configured clusters, known before the proxy is mapped.
        var services = app.Services.GetRequiredService<IProxyConfigProvider>().GetConfig().Clusters
            .Select(cluster => cluster.ClusterId).Order(StringComparer.Ordinal).ToList();
        app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = SecurityHeaders.DocsPath.TrimStart('/');
            ui.DocumentTitle = "ServiceExcellence API";
            ui.SwaggerEndpoint(GatewayDocument, "gateway");
            foreach (var service in services)
            {
                ui.SwaggerEndpoint($"/openapi/{service}.json", service);
            }

            ui.EnablePersistAuthorization();
        });
        return app;
    }

    private static async Task FetchServiceDocumentAsync(
        string service, HttpContext context, IProxyStateLookup proxy, ILoggerFactory loggers)
    {
        if (!proxy.TryGetCluster(service, out var cluster))
        {
            await ProxyProblems.NoRouteAsync(context);
            return;
        }

        var destinations = cluster.DestinationsState.AvailableDestinations;
        var destination = destinations.Count > 0 ? destinations[0] : cluster.Destinations.Values.FirstOrDefault();
        if (destination is null)
        {
            await ProxyProblems.BadGatewayAsync(context, service);
            return;
        }

        try
        {
            var model = cluster.Model;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            timeout.CancelAfter(model.Config.HttpRequest?.ActivityTimeout ?? TimeSpan.FromSeconds(30));
            using var response = await UpstreamCalls.GetAsync(model, destination.Model.Config.Address, "/openapi/v1.json", timeout.Token);
            context.Response.StatusCode = (int)response.StatusCode;
            context.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/json";
            await response.Content.CopyToAsync(context.Response.Body, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !context.RequestAborted.IsCancellationRequested)
        {
            loggers.CreateLogger(typeof(ApiDocsExtensions)).LogWarning("OpenAPI document of {Service} unavailable: {Message}", service, e.Message);
            await ProxyProblems.BadGatewayAsync(context, service);
        }
    }
}
