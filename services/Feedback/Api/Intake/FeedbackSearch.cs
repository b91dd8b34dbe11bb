using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Feedback.Analysis;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.Feedback.Messaging;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Feedback.Api.Intake;

/// <summary><c>GET /api/feedback</c>: feedback newest first, filtered by department, channel, time, sentiment and topic.</summary>
internal static class FeedbackSearch
{
    /// <summary>Counting beyond this many matches costs more than it tells; the total then says "at least".</summary>
    private const int CountLimit = 10_000;

    private static readonly string[] Readers = [Roles.Manager, Roles.Agent, Roles.Analyst];

    public static async Task<Ok<FeedbackPage>> Search(
        string? departmentCode, string? channel, DateTimeOffset? from, DateTimeOffset? to, string? sentiment,
        string? topic, int? page, int? pageSize, ClaimsPrincipal user, FeedbackDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var channelFilter = KebabCaseEnum<Channel>.Parse(channel, "channel", errors);
        var sentimentFilter = KebabCaseEnum<SentimentLabel>.Parse(sentiment, "sentiment", errors);
        errors.CheckDepartmentCode(departmentCode);
        if (from > to)
        {
            errors.Add("from", "'from' must not be after 'to'.");
        }

        if (!errors.IsEmpty)
        {
            throw new RequestValidationException(errors.ToDictionary());
        }

        var query = db.FeedbackEntries.AsNoTracking();
        var seesEverything = user.HasAnyRole(Roles.Admin, Roles.Analyst);
        if (departmentCode is not null)
        {
            if (!seesEverything)
            {
                user.EnsureMayActIn(departmentCode, Readers);
            }

            query = query.Where(e => e.DepartmentCode == departmentCode);
        }
        else if (!seesEverything)
        {
            var own = user.Departments().ToArray();
            if (own.Length == 0 || !user.HasAnyRole(Readers))
            {
                throw new AccessDeniedException($"'{user.Subject()}' may not read feedback.");
            }

            query = query.Where(e => own.Contains(e.DepartmentCode));
        }

        if (channelFilter is not null)
        {
            query = query.Where(e => e.Channel == channelFilter);
        }

        if (from is not null)
        {
            query = query.Where(e => e.OccurredAt >= from);
        }

        if (to is not null)
        {
            query = query.Where(e => e.OccurredAt < to);
        }

        if (sentimentFilter is not null)
        {
            query = query.Where(e => e.SentimentLabel == sentimentFilter);
        }

        if (!string.IsNullOrEmpty(topic))
        {
            // Translates to topics @> ARRAY[@topic], the containment the GIN index on topics serves.
            query = query.Where(e => e.Topics.Contains(topic));
        }

        var total = await query.Take(CountLimit + 1).CountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(e => new FeedbackView(e.Id, e.DepartmentCode, e.Channel, e.OccurredAt, e.ReceivedAt, e.CustomerRef, e.ServiceRef,
                e.Csat, e.Nps, e.Ces, e.Comment, e.SentimentScore, e.SentimentLabel, e.Topics))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new FeedbackPage(items, paging.Page, paging.PageSize, Math.Min(total, CountLimit), total > CountLimit));
    }
}

/// <summary>A feedback entry as search shows it.</summary>
public sealed record FeedbackView(
    Guid Id, string DepartmentCode, Channel Channel, DateTimeOffset OccurredAt, DateTimeOffset ReceivedAt,
    string? CustomerRef, string? ServiceRef, int? Csat, int? Nps, int? Ces, string? Comment,
    double? SentimentScore, SentimentLabel? Sentiment, IReadOnlyList<string> Topics);

/// <summary>
/// One page of search results. <c>total</c> is exact up to 10,000 matches; beyond that it is 10,000 and
/// <c>totalIsLowerBound</c> is true (an exact count over millions of rows would cost seconds).
/// </summary>
public sealed record FeedbackPage(IReadOnlyList<FeedbackView> Items, int Page, int PageSize, long Total, bool TotalIsLowerBound);
