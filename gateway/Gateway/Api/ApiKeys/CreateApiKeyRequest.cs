using ServiceExcellence.Contracts;
using ServiceExcellence.Gateway.Domain.ApiKeys;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Gateway.Api.ApiKeys;

/// <summary>Body of <c>POST /api/gateway/api-keys</c>.</summary>
public sealed record CreateApiKeyRequest(string? Name, string[]? Departments, string[]? AllowedOrigins) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequireText("name", Name, ApiKey.MaxNameLength);
        if (Departments is not { Length: > 0 and <= ApiKey.MaxDepartments })
        {
            errors.Add("departments", $"Give between 1 and {ApiKey.MaxDepartments} department codes the key may act in.");
        }

        foreach (var department in Departments ?? [])
        {
            if (!DepartmentCode.IsValid(department))
            {
                errors.Add("departments", $"'{department}' is not a department code (lowercase letters, digits and hyphens).");
            }
        }

        if (AllowedOrigins is { Length: > ApiKey.MaxOrigins })
        {
            errors.Add("allowedOrigins", $"At most {ApiKey.MaxOrigins} origins.");
        }

        foreach (var origin in AllowedOrigins ?? [])
        {
            if (origin is not { Length: <= ApiKey.MaxOriginLength } || !ApiKeyOrigin.IsValid(origin))
            {
                errors.Add("allowedOrigins", $"'{origin}' is not an origin such as https://www.example.com (scheme, host and optional port only).");
            }
        }
    }
}
