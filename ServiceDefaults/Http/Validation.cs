using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ServiceExcellence.ServiceDefaults.Http;

/// <summary>A request body that can list everything wrong with itself, field by field.</summary>
public interface IValidatableRequest
{
    /// <summary>Adds one entry per failing field; adds nothing when the request is valid.</summary>
    void Validate(ValidationErrors errors);
}

/// <summary>Collects failing fields and their messages (camelCase field names, as the client sent them).</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    /// <summary>Records an error when the text is missing or longer than <paramref name="maxLength"/>.</summary>
    public ValidationErrors RequireText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, $"'{field}' is required.");
        }

        return value.Length > maxLength ? Add(field, $"'{field}' must be at most {maxLength} characters.") : this;
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
}

/// <summary>Runs <see cref="IValidatableRequest.Validate"/> before the handler and answers 400 with every failing field.</summary>
public static class ValidationEndpointExtensions
{
    public static RouteHandlerBuilder Validate<TRequest>(this RouteHandlerBuilder builder)
        where TRequest : IValidatableRequest =>
        builder
            .AddEndpointFilter(async (context, next) =>
            {
                var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
                if (request is null)
                {
                    return TypedResults.ValidationProblem(
                        new Dictionary<string, string[]> { ["body"] = ["A JSON body is required."] });
                }

                var errors = new ValidationErrors();
                request.Validate(errors);
                return errors.IsEmpty ? await next(context) : TypedResults.ValidationProblem(errors.ToDictionary());
            })
            .ProducesValidationProblem();
}
