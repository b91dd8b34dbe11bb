using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Audits.Api.Nonconformities;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.Audits.Tests.Api;
using ServiceExcellence.Contracts;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Contracts.Goals;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Audits.Tests.CorrectiveActions;

[Collection(AuditsServiceCollection.Name)]
public sealed class RaisedFromEventsTests(AuditsService service)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_critical_kpi_alert_raises_one_kpi_alert_nonconformity_naming_the_kpi_and_a_warning_raises_none()
    {
        var department = await KnownDepartmentAsync();
        var alertId = Guid.CreateVersion7();
        var kpiId = Guid.CreateVersion7();

        await PublishAndWaitAsync(
            Breach(department, alertId, kpiId, "critical"),
            Breach(department, alertId, kpiId, "critical"),
            Breach(department, Guid.CreateVersion7(), kpiId, "warning"));

        var raised = await ListAsync(department);
        var nonconformity = Assert.Single(raised);
        Assert.Equal((NonconformitySource.KpiAlert, alertId.ToString(), kpiId, true),
            (nonconformity.Source, nonconformity.SourceReference, nonconformity.KpiId, nonconformity.Critical));
    }

    [Fact]
    public async Task A_critical_complaint_past_its_resolution_deadline_raises_one_complaint_nonconformity_whatever_its_cycles()
    {
        var department = await KnownDepartmentAsync();
        var complaintId = Guid.CreateVersion7();

        await PublishAndWaitAsync(
            SlaBreach(department, complaintId, ComplaintSlaBreached.FirstResponse, "critical", reopenCount: 0),
            SlaBreach(department, complaintId, ComplaintSlaBreached.Resolution, "critical", reopenCount: 0),
            SlaBreach(department, complaintId, ComplaintSlaBreached.Resolution, "critical", reopenCount: 1),
            SlaBreach(department, Guid.CreateVersion7(), ComplaintSlaBreached.Resolution, "high", reopenCount: 0));

        var nonconformity = Assert.Single(await ListAsync(department));
        Assert.Equal((NonconformitySource.Complaint, complaintId.ToString(), (Guid?)null),
            (nonconformity.Source, nonconformity.SourceReference, nonconformity.KpiId));
    }

    private static KpiThresholdBreached Breach(string department, Guid alertId, Guid kpiId, string severity) => new(
        Guid.CreateVersion7(), DateTimeOffset.UtcNow, department, alertId, Guid.CreateVersion7(), kpiId, "complaint-rate", "weekly",
        severity, "threshold", 12.5, 10, "owner-wang");

    private static ComplaintSlaBreached SlaBreach(string department, Guid complaintId, string deadline, string severity, int reopenCount) => new(
        Guid.CreateVersion7(), DateTimeOffset.UtcNow, department, complaintId, deadline, DateTimeOffset.UtcNow.AddHours(-1), severity,
        "call-centre", DateTimeOffset.UtcNow.AddDays(-2), DateTimeOffset.UtcNow.AddDays(-1), reopenCount);

    private async Task PublishAndWaitAsync(params IIntegrationEvent[] events)
    {
        var bus = service.Factory.Services.GetRequiredService<IBus>();
        var consumed = ConsumedMessages.ObserveOn(bus);
        foreach (var e in events)
        {
            await bus.Publish(e, e.GetType());
            await consumed.WaitForAsync(e.EventId, 1, Within);
        }
    }

    private async Task<IReadOnlyList<NonconformityResponse>> ListAsync(string department) =>
        (await service.Factory.CreateAdminClient()
            .GetOkAsync<PagedResult<NonconformityResponse>>($"/api/audits/nonconformities?departmentCode={department}")).Items;

    private Task<string> KnownDepartmentAsync() =>
        service.Factory.Services.AddKnownDepartmentAsync<AuditsDbContext>(Unique.DepartmentCode("raised"));
}
