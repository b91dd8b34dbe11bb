using System.Diagnostics;
using System.Net;
using ServiceExcellence.Contracts;
using ServiceExcellence.Reporting.Data;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;
using Xunit.Abstractions;
using static ServiceExcellence.Reporting.Tests.Events;
using static ServiceExcellence.Reporting.Tests.GoalEvents;

namespace ServiceExcellence.Reporting.Tests.Consumption;

/// <summary>Every read model can be rebuilt from the event log and comes out equal to the live one.</summary>
[Collection(ReportingServiceCollection.Name)]
public sealed class RebuildTests(ReportingService service, ITestOutputHelper output)
{
    private const int FeedbackEvents = 100_000;

    [Fact]
    public async Task Rebuilding_from_the_event_log_reproduces_every_live_read_model_row_for_row_over_a_hundred_thousand_events()
    {
        var events = Dataset();
        await service.EnsureBusReadyAsync();
        var watch = Stopwatch.StartNew();
        await BrokerBulkPublisher.PublishAsync(service.Infrastructure.ConnectionStrings["rabbitmq"], events);
        output.WriteLine($"published {events.Count} events in {watch.Elapsed.TotalSeconds:F1} s");
        await service.WaitForLoggedAsync(events, TimeSpan.FromSeconds(60));
        output.WriteLine($"consumed all {events.Count} after {watch.Elapsed.TotalSeconds:F1} s");
        var live = await DumpAsync();

        watch.Restart();
        var response = await service.Factory.CreateAdminClient().PostAsync("/api/reports/admin/rebuild", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        output.WriteLine($"rebuild: {await response.Content.ReadAsStringAsync()} in {watch.Elapsed.TotalSeconds:F1} s");
        var rebuilt = await DumpAsync();

        Assert.True(live.Values.Sum(rows => rows.Count) > 1_000, "the read models hold the dataset");
        foreach (var table in ReportingTables.ReadModels)
        {
            Assert.Equal(live[table].Count, rebuilt[table].Count);
            Assert.True(live[table].SequenceEqual(rebuilt[table]), $"{table} differs after the rebuild");
        }
    }

    [Fact]
    public async Task Only_an_admin_may_rebuild()
    {
        var analyst = await service.Factory.CreateClientAs("analyst", [Roles.Analyst]).PostAsync("/api/reports/admin/rebuild", null);

        await analyst.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>Feedback over a year in ten departments, with complaints, audits, actions, SERVQUAL and staff scores mixed in.</summary>
    private static List<IIntegrationEvent> Dataset()
    {
        var random = new Random(20261122);
        var departments = Enumerable.Range(0, 10).Select(_ => Unique.DepartmentCode("rebuild")).ToArray();
        var start = Shanghai(2025, 1, 1, 0);
        DateTimeOffset AnyTime() => start.AddMinutes(random.Next(365 * 24 * 60));
        int? Maybe(int min, int max) => random.Next(4) == 0 ? null : random.Next(min, max + 1);
        var events = new List<IIntegrationEvent>(FeedbackEvents + 2_000);
        for (var i = 0; i < FeedbackEvents; i++)
        {
            events.Add(Feedback(departments[random.Next(departments.Length)], AnyTime(), Maybe(1, 5), Maybe(0, 10), Maybe(1, 7),
                random.Next(3) switch { 0 => null, 1 => "negative", _ => "positive" }));
        }

        for (var i = 0; i < 300; i++)
        {
            var department = departments[random.Next(departments.Length)];
            var complaint = Guid.NewGuid();
            var opened = AnyTime();
            events.Add(Opened(department, complaint, opened, opened.AddDays(2)));
            var respondedInTime = random.Next(2) == 0;
            events.Add(Responded(department, complaint, opened, random.Next(1, 300), withinSla: respondedInTime));
            events.Add(Resolved(department, complaint, opened, random.Next(1, 90), random.Next(2) == 0, respondedInTime, opened.AddDays(2)));
            if (random.Next(4) == 0)
            {
                events.Add(ResolutionBreached(department, complaint, opened, opened.AddDays(2)));
            }
            events.Add(Audit(department, AnyTime(), random.Next(2) == 0 ? "internal" : "mystery-shopper", random.Next(0, 101), 3, 5));
            var action = Guid.NewGuid();
            events.Add(Planned(department, action, opened.AddDays(10)));
            events.Add(random.Next(2) == 0 ? Completed(department, action, opened.AddDays(10), opened.AddDays(random.Next(5, 15)))
                : Overdue(department, action, opened.AddDays(10)));
            events.Add(Servqual(department, AnyTime(), [random.Next(-6, 7), random.Next(-6, 7), 0, 1, -1], random.Next(2) == 0 ? null : 0.25));
        }

        for (var i = 0; i < 60; i++)
        {
            events.AddRange(GoalLife(departments[random.Next(departments.Length)], AnyTime(), random));
        }

        return events;
    }

    /// <summary>A goal in two versions (the second drops a KPI), measured, alerted on, escalated, resolved and closed; some events late.</summary>
    private static IEnumerable<IIntegrationEvent> GoalLife(string department, DateTimeOffset at, Random random)
    {
        var (goal, kept, dropped, alert) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var start = DateOnly.FromDateTime(at.Date);
        var end = start.AddDays(random.Next(7, 90));
        var value = random.Next(-100, 101);
        yield return Defined(department, goal, 2, start, end, at.AddHours(1), Target(kept, "nps", 40));
        yield return Defined(department, goal, 1, start, end, at, Target(kept, "nps", 30), Target(dropped, "csat", 90));
        yield return Measured(department, goal, kept, "nps", value, "off-track", Math.Clamp(value / 40.0, 0, 1.5), at.AddHours(2));
        yield return StatusChanged(department, goal, kept, "nps", "off-track", value, 40, Math.Clamp(value / 40.0, 0, 1.5), at.AddHours(2));
        yield return Breached(department, alert, goal, kept, "critical", value, at.AddHours(2));
        if (random.Next(2) == 0)
        {
            yield return Escalated(department, alert, goal, kept, "parent", at.AddHours(6));
            yield return Acknowledged(department, alert, goal, kept, at.AddHours(7));
        }

        if (random.Next(2) == 0)
        {
            yield return Resolved(department, alert, goal, kept, at.AddDays(2));
            yield return Closed(department, goal, 2, start, end, random.Next(2) == 0 ? "achieved" : "missed", random.NextDouble(), at.AddDays(3));
        }
    }

    private async Task<Dictionary<string, List<string>>> DumpAsync()
    {
        var dump = new Dictionary<string, List<string>>();
        foreach (var table in ReportingTables.ReadModels)
        {
            await using var command = service.Database.CreateCommand($"SELECT t::text FROM {table} t ORDER BY 1");
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }

            dump[table] = rows;
        }

        return dump;
    }
}
