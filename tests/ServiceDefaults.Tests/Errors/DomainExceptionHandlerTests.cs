using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ServiceExcellence.ServiceDefaults.Errors;

namespace ServiceExcellence.ServiceDefaults.Tests.Errors;

public sealed class DomainExceptionHandlerTests
{
    public static TheoryData<string, Exception> DatabaseOutages => new()
    {
        { "connection refused", new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)) },
        { "commit failed", new DbUpdateException("An error occurred while saving", new NpgsqlException("Exception while reading from stream")) },
        { "shutting down", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01") },
        { "starting up", new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03") },
    };

    [Theory]
    [MemberData(nameof(DatabaseOutages))]
    public async Task A_database_outage_is_answered_503_problem_details_with_retry_after_not_500(string outage, Exception exception)
    {
        var (status, headers, body) = await HandleAsync(exception);

        Assert.True(status == StatusCodes.Status503ServiceUnavailable, $"{outage}: answered {status}");
        Assert.Equal("5", headers.RetryAfter.ToString());
        Assert.StartsWith("application/problem+json", headers.ContentType.ToString());
        Assert.Equal(503, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_error_postgresql_reports_about_the_statement_itself_stays_a_500()
    {
        var (status, _, _) = await HandleAsync(
            new DbUpdateException("An error occurred while saving", new PostgresException("value violates check constraint", "ERROR", "ERROR", "23514")));

        Assert.Equal(StatusCodes.Status500InternalServerError, status);
    }

    private static async Task<(int Status, IHeaderDictionary Headers, JsonElement Body)> HandleAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "POST";
        context.Request.Path = "/api/feedback";
        context.Response.Body = new MemoryStream();
        var handler = new DomainExceptionHandler(services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>(),
            NullLogger<DomainExceptionHandler>.Instance);

        Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));

        context.Response.Body.Position = 0;
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Response.Body);
        return (context.Response.StatusCode, context.Response.Headers, body);
    }
}
