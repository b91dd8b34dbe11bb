using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Gateway.ApiKeys;
using ServiceExcellence.Gateway.Data;
using ServiceExcellence.Gateway.Domain.ApiKeys;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Gateway.Api.ApiKeys;

/// <summary><c>/api/gateway/api-keys</c>: admins create, list and revoke the keys of intake clients.</summary>
public static class ApiKeysApi
{
    public static IEndpointRouteBuilder MapApiKeysApi(this IEndpointRouteBuilder endpoints)
    {
        var keys = endpoints.MapGroup("/api/gateway/api-keys").RequireAuthorization(Roles.Admin).WithTags("API keys");
        keys.MapPost("", Create).Validate<CreateApiKeyRequest>().WithSummary("Create a key (shown only in this answer)");
        keys.MapGet("", List).WithSummary("List keys, newest first (never the key itself)");
        keys.MapDelete("/{id:guid}", Revoke).WithSummary("Revoke a key: refused everywhere within one second");
        return endpoints;
    }

    private static async Task<Created<CreatedApiKeyResponse>> Create(
        CreateApiKeyRequest request, ClaimsPrincipal user, GatewayDbContext db, KnownDepartmentCodes<GatewayDbContext> departments,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var unknown = await departments.UnknownAmongAsync(request.Departments!, cancellationToken);
        if (unknown.Count > 0)
        {
            throw new RequestValidationException("departments", $"Unknown department(s): {string.Join(", ", unknown.Order(StringComparer.Ordinal))}.");
        }

        var secret = ApiKeySecret.Generate();
        var key = ApiKey.Create(secret, request.Name!, request.Departments!, request.AllowedOrigins ?? [], user.Subject(), time.GetUtcNow());
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/gateway/api-keys/{key.Id}", new CreatedApiKeyResponse(key.Id, secret.Key, key.Prefix));
    }

    private static async Task<Ok<PagedResult<ApiKeyResponse>>> List(
        int? page, int? pageSize, GatewayDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            throw new RequestValidationException(errors.ToDictionary());
        }

        var total = await db.ApiKeys.LongCountAsync(cancellationToken);
        var items = await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ApiKeyResponse>(items.Select(ApiKeyResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<NoContent> Revoke(
        Guid id, GatewayDbContext db, ApiKeyDirectory directory, ApiKeyTokens tokens, TimeProvider time, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken) ?? throw new NotFoundException("API key", id);
        if (key.RevokedAt is { } revokedAt)
        {
            throw new ConflictException("API key already revoked", $"The API key '{key.Prefix}…' is already revoked (since {revokedAt:O}).");
        }

        key.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        // Other instances see the revocation when their cached answer expires (ApiKeyOptions.CacheFreshness).
        directory.Forget(key.KeyHash);
        tokens.Forget(key.Id);
        return TypedResults.NoContent();
    }
}
