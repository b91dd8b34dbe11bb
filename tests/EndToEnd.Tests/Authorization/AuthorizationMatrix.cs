using static ServiceExcellence.EndToEnd.Tests.Authorization.Callers;
using C = ServiceExcellence.EndToEnd.Tests.Authorization.Caller;

namespace ServiceExcellence.EndToEnd.Tests.Authorization;

/// <summary>
/// Who may call what (DOMAIN §1), route by route, as the suite enforces it through the gateway. "In" callers belong to
/// the department the request concerns, "out" callers only to another one; anonymous callers always get 401 and every
/// caller not listed gets 403. Rows run in order, so lifecycle steps (respond → resolve → close) see their
/// predecessors' effects. The README links this table as the documentation of access.
/// </summary>
public static class AuthorizationMatrix
{
    private static readonly C[] Submitters = [C.Admin, C.ManagerIn, C.AgentIn, C.IntakeIn];
    private static readonly C[] ComplaintHandlers = [C.Admin, C.ManagerIn, C.AgentIn];
    private static readonly C[] Auditors = [C.Admin, C.ManagerIn, C.AuditorIn];
    private static readonly C[] GoalReaders = [C.Admin, C.Analyst, C.ManagerIn];
    private static readonly C[] AdminOnly = [C.Admin];

    public static IReadOnlyList<RouteRule> Rules { get; } =
    [
        // Gateway
        new("POST", "/api/gateway/api-keys", w => w.ApiKey(w.In), AdminOnly),
        new("GET", "/api/gateway/api-keys", null, AdminOnly),
        new("DELETE", "/api/gateway/api-keys/{apikey}", null, AdminOnly),

        // Organisation (Goals service)
        new("POST", "/api/organisation/departments", w => new { code = MatrixWorld.Unique("mx-sub"), name = "分部 Sub", parentCode = w.In }, Managers),
        new("GET", "/api/organisation/departments", null, Authenticated),
        new("GET", "/api/organisation/departments/{in}", null, Authenticated),
        new("PUT", "/api/organisation/departments/{in}", _ => new { name = "矩阵 Matrix in" }, Managers),
        new("POST", "/api/organisation/departments/republish", null, AdminOnly),
        new("POST", "/api/organisation/staff", w => new { id = MatrixWorld.Unique("mx-staff"), name = "员工 Staff", departmentCode = w.In }, Managers),
        new("GET", "/api/organisation/staff?departmentCode={in}", null, Authenticated),

        // Goals
        new("POST", "/api/goals", w => w.Goal(), Managers),
        new("GET", "/api/goals?departmentCode={in}", null, GoalReaders, RouteKind.ScopedList),
        new("GET", "/api/goals/{goal}", null, GoalReaders),
        new("PUT", "/api/goals/{goal}", w => w.GoalAdjustment(), Managers),
        new("GET", "/api/goals/{goal}/history", null, GoalReaders),
        new("GET", "/api/goals/{goal}/tree", null, GoalReaders),
        new("POST", "/api/goals/{goal}/refresh", null, Managers),
        new("GET", "/api/goals/alerts?departmentCode={in}", null, GoalReaders, RouteKind.ScopedList),
        new("POST", "/api/goals/alerts/{alert}/acknowledge", _ => new { actionPlan = "加开窗口 open two more counters" }, Managers),
        new("POST", "/api/goals/alerts/{alert}/resolve", _ => new { resolution = "队列恢复正常 queues back to normal" }, Managers),
        new("POST", "/api/goals/{goal}/kpis/{kpi}/measurements", _ => new { value = 88, observedAt = DateTimeOffset.UtcNow }, Managers),
        new("POST", "/api/goals/{goal}/reviews", _ => new { outcome = "on course", lessons = "keep going", adjustments = Array.Empty<object>() }, Managers),
        new("POST", "/api/goals/{goal}/close", null, Managers),

        // Feedback intake, search and text analysis
        new("POST", "/api/feedback", w => w.Feedback(), Submitters),
        new("POST", "/api/feedback/batch", w => new { entries = new[] { w.Feedback() } }, Submitters, RouteKind.Batch),
        new("GET", "/api/feedback?departmentCode={in}", null, FeedbackReaders, RouteKind.ScopedList),
        new("GET", "/api/feedback/topics?departmentCode={in}", null, FeedbackReaders),
        new("PUT", "/api/feedback/topics/{in}", _ => new { topics = new[] { new { key = "waiting-time", keywords = new[] { "等待", "wait" } } } }, Managers),
        new("DELETE", "/api/feedback/topics/{in}", null, Managers),
        new("GET", "/api/feedback/recurring-issues?departmentCode={in}", null, GoalReaders),
        new("GET", "/api/feedback/departments", null, Authenticated),

        // Complaints
        new("POST", "/api/complaints", w => w.Complaint(), ComplaintHandlers),
        new("GET", "/api/complaints?departmentCode={in}", null, FeedbackReaders, RouteKind.ScopedList),
        new("GET", "/api/complaints/{complaint}", null, FeedbackReaders),
        new("POST", "/api/complaints/{complaint}/respond", _ => new { message = "我们正在处理 we are on it" }, ComplaintHandlers),
        new("POST", "/api/complaints/{complaint}/resolve", _ => new { resolution = "已退款 refunded" }, ComplaintHandlers),
        new("POST", "/api/complaints/{complaint}/close", _ => new { customerInformed = true, customerSatisfied = false }, ComplaintHandlers),
        new("POST", "/api/complaints/{complaint}/reopen", _ => new { reason = "问题又出现 it happened again" }, ComplaintHandlers),
        new("GET", "/api/complaints/sla?departmentCode={in}", null, FeedbackReaders),
        new("PUT", "/api/complaints/sla/{in}", _ => new { policies = Array.Empty<object>() }, Managers),

        // Surveys
        new("POST", "/api/surveys/kano", w => w.KanoStudy(), Managers),
        new("GET", "/api/surveys/kano/{kano}", null, FeedbackReaders),
        new("POST", "/api/surveys/kano/{kano}/responses", w => w.KanoResponse(), Submitters),
        new("GET", "/api/surveys/kano/{kano}/results", null, FeedbackReaders),
        new("POST", "/api/surveys/servqual/responses", w => w.ServqualResponse(), Submitters),
        new("GET", "/api/surveys/servqual/responses/{servqual}", null, FeedbackReaders),

        // Audits
        new("POST", "/api/audits/standards", w => w.Standard(MatrixWorld.Unique("MX-SOP")), Managers),
        new("GET", "/api/audits/standards?departmentCode={in}", null, AuditReaders, RouteKind.ScopedList),
        new("GET", "/api/audits/standards/{standard}", null, AuditReaders),
        new("POST", "/api/audits", w => w.Audit(), Auditors),
        new("GET", "/api/audits?departmentCode={in}", null, AuditReaders, RouteKind.ScopedList),
        new("GET", "/api/audits/{audit}", null, AuditReaders),
        new("POST", "/api/audits/nonconformities", w => w.Nonconformity(), Managers),
        new("GET", "/api/audits/nonconformities?departmentCode={in}", null, AuditReaders, RouteKind.ScopedList),
        new("GET", "/api/audits/nonconformities/{nc}", null, AuditReaders),
        new("POST", "/api/audits/corrective-actions", w => w.CorrectiveAction("nc2"), Managers),
        new("GET", "/api/audits/corrective-actions?departmentCode={in}", null, AuditReaders, RouteKind.ScopedList),
        new("POST", "/api/audits/corrective-actions/{action}/start", _ => new { }, Managers),
        new("POST", "/api/audits/corrective-actions/{action}/complete", _ => new { evidence = "两个新窗口 two new counters" }, Managers),
        new("POST", "/api/audits/corrective-actions/{action}/verify", _ => new { effective = true, note = "queues shorter" }, Auditors),
        new("POST", "/api/audits/staff-assessments", w => w.StaffAssessment(), Auditors),
        new("GET", "/api/audits/staff-assessments?departmentCode={in}", null, [C.Admin, C.Analyst, C.ManagerIn, C.AuditorIn], RouteKind.ScopedList),
        new("GET", "/api/audits/departments", null, Authenticated),

        // Reports
        new("GET", "/api/reports/metrics/nps?departmentCode={in}", null, ReportReaders),
        new("GET", "/api/reports/metrics/nps/series?departmentCode={in}&granularity=month", null, ReportReaders),
        new("GET", "/api/reports/scorecards/{in}", null, ReportReaders),
        new("GET", "/api/reports/scorecards", null, [C.Admin, C.Analyst]),
        new("GET", "/api/reports/servqual?departmentCode={in}", null, ReportReaders),
        new("GET", "/api/reports/export?report=scorecard&departmentCode={in}&format=csv", null, ReportReaders),
        new("GET", "/api/reports/departments", null, Authenticated),
        new("POST", "/api/reports/admin/rebuild", null, AdminOnly),
    ];
}
