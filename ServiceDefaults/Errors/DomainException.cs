namespace ServiceExcellence.ServiceDefaults.Errors;

/// <summary>A failure the caller can act on; the exception handler turns each kind into its problem-details status.</summary>
public abstract class DomainException(string title, string detail) : Exception(detail)
{
    /// <summary>Short, stable summary of the kind of problem.</summary>
    public string Title { get; } = title;

    /// <summary>Field (or criterion) → messages, listed in the problem details' <c>errors</c> member when present.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }
}

/// <summary>The request names something that does not exist (404).</summary>
public sealed class NotFoundException(string resource, object id)
    : DomainException($"{resource} not found", $"No {resource.ToLowerInvariant()} with id '{id}' exists.");

/// <summary>The request contradicts the current state, e.g. a duplicate code or an invalid transition (409).</summary>
public sealed class ConflictException(string title, string detail) : DomainException(title, detail);

/// <summary>The input is well-formed but breaks a business rule, e.g. a goal that is not SMART (422).</summary>
public sealed class RuleViolationException(string title, string detail) : DomainException(title, detail);

/// <summary>The input itself is invalid (400); <see cref="DomainException.Errors"/> names every failing field.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException("One or more validation errors occurred.", "See the errors member for every failing field.")
{
    public RequestValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] }) { }

    public new IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>The caller is authenticated but may not act here, e.g. outside their departments (403).</summary>
public sealed class AccessDeniedException(string detail) : DomainException("Forbidden", detail);
