using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ServiceExcellence.ServiceDefaults.Http;

/// <summary>
/// Makes every service's OpenAPI document usable from the gateway's API UI: it declares the suite's two credentials
/// (bearer JWT, and the <c>X-Api-Key</c> the gateway accepts for intake clients) so the UI offers "Authorize", and a
/// relative server, so "try it out" goes to whoever served the document (the gateway) rather than the service's own port.
/// </summary>
public sealed class SuiteOpenApiDocument : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "Bearer";
    public const string ApiKeyScheme = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Servers = [new OpenApiServer { Url = "/" }];
        document.AddComponent<IOpenApiSecurityScheme>(BearerScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A token with the suite's claims (sub, role, dept).",
        });
        document.AddComponent<IOpenApiSecurityScheme>(ApiKeyScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "An intake client's key (at the gateway only; send it instead of a bearer token).",
        });
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, document)] = [] },
        ];
        return Task.CompletedTask;
    }
}
