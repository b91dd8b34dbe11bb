using ServiceExcellence.Feedback.Domain.Complaints;
using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.ServiceDefaults.Errors;

namespace ServiceExcellence.Feedback.Tests.Complaints;

public sealed class ComplaintStateMachineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly SlaPolicy Critical = SlaPolicies.Default(Severity.Critical);

    public enum Step { Respond, Resolve, Close, Reopen }

    public static TheoryData<ComplaintState, Step> InvalidTransitions()
    {
        var valid = new HashSet<(ComplaintState, Step)>
        {
            (ComplaintState.Open, Step.Respond),
            (ComplaintState.Responded, Step.Resolve),
            (ComplaintState.Resolved, Step.Close),
            (ComplaintState.Closed, Step.Reopen),
        };
        var data = new TheoryData<ComplaintState, Step>();
        foreach (var state in Enum.GetValues<ComplaintState>())
        {
            foreach (var step in Enum.GetValues<Step>().Where(s => !valid.Contains((state, s))))
            {
                data.Add(state, step);
            }
        }

        return data;
    }

    [Fact]
    public void An_opened_complaint_is_open_with_due_times_from_its_policy()
    {
        var complaint = Open();

        Assert.Equal(ComplaintState.Open, complaint.State);
        Assert.Equal(T0.AddHours(1), complaint.ResponseDueAt);
        Assert.Equal(T0.AddHours(24), complaint.ResolutionDueAt);
    }

    [Fact]
    public void Responding_to_an_open_complaint_makes_it_responded()
    {
        var complaint = InState(ComplaintState.Responded);

        Assert.Equal(ComplaintState.Responded, complaint.State);
        Assert.Equal(T0.AddMinutes(10), complaint.RespondedAt);
        Assert.Equal("已联系客户 we called back", complaint.ResponseMessage);
    }

    [Fact]
    public void Resolving_a_responded_complaint_makes_it_resolved()
    {
        var complaint = InState(ComplaintState.Resolved);

        Assert.Equal(ComplaintState.Resolved, complaint.State);
        Assert.Equal(T0.AddHours(2), complaint.ResolvedAt);
    }

    [Fact]
    public void Closing_a_resolved_complaint_with_the_customer_informed_makes_it_closed_and_records_satisfaction()
    {
        var complaint = InState(ComplaintState.Resolved);

        complaint.Close(customerInformed: true, customerSatisfied: false, T0.AddHours(3));

        Assert.Equal(ComplaintState.Closed, complaint.State);
        Assert.True(complaint.CustomerInformed);
        Assert.False(complaint.CustomerSatisfied);
    }

    [Fact]
    public void Closing_without_informing_the_customer_is_a_rule_violation_naming_customerInformed()
    {
        var complaint = InState(ComplaintState.Resolved);

        var e = Assert.Throws<RuleViolationException>(() => complaint.Close(customerInformed: false, customerSatisfied: true, T0.AddHours(3)));

        Assert.Contains("customerInformed", e.Errors!.Keys);
        Assert.Equal(ComplaintState.Resolved, complaint.State);
    }

    [Fact]
    public void Reopening_for_an_unsatisfied_customer_starts_a_new_open_cycle_with_new_due_times()
    {
        var complaint = InState(ComplaintState.Closed);
        var reopenedAt = T0.AddDays(2);

        complaint.Reopen("客户仍不满意 still broken", Critical, reopenedAt);

        Assert.Equal(ComplaintState.Open, complaint.State);
        Assert.Equal(1, complaint.ReopenCount);
        Assert.Equal(reopenedAt, complaint.SlaClockStartedAt);
        Assert.Equal(reopenedAt.AddHours(1), complaint.ResponseDueAt);
        Assert.Equal(reopenedAt.AddHours(24), complaint.ResolutionDueAt);
        Assert.Null(complaint.RespondedAt);
        Assert.Null(complaint.ResolvedAt);
        Assert.Null(complaint.CustomerSatisfied);
        Assert.Equal(T0, complaint.OpenedAt);
    }

    [Fact]
    public void A_reopened_complaint_can_go_round_the_whole_cycle_again()
    {
        var complaint = InState(ComplaintState.Closed);
        complaint.Reopen("again", Critical, T0.AddDays(2));

        complaint.Respond("ok", T0.AddDays(2).AddMinutes(5));
        complaint.Resolve("fixed", T0.AddDays(2).AddHours(1));
        complaint.Close(true, true, T0.AddDays(2).AddHours(2));

        Assert.Equal(ComplaintState.Closed, complaint.State);
        Assert.Equal(1, complaint.ReopenCount);
    }

    [Fact]
    public void Reopening_when_the_customer_was_satisfied_is_a_rule_violation_naming_customerSatisfied()
    {
        var complaint = InState(ComplaintState.Resolved);
        complaint.Close(customerInformed: true, customerSatisfied: true, T0.AddHours(3));

        var e = Assert.Throws<RuleViolationException>(() => complaint.Reopen("why not", Critical, T0.AddDays(1)));

        Assert.Contains("customerSatisfied", e.Errors!.Keys);
        Assert.Equal(ComplaintState.Closed, complaint.State);
    }

    [Theory]
    [MemberData(nameof(InvalidTransitions))]
    public void Every_other_transition_is_a_conflict_naming_the_current_state(ComplaintState state, Step step)
    {
        var complaint = InState(state);

        var e = Assert.Throws<ConflictException>(() => Apply(complaint, step));

        var name = state.ToString().ToLowerInvariant();
        Assert.Contains($"'{name}'", e.Message);
        Assert.Equal([name], e.Errors!["state"]);
        Assert.Equal(state, complaint.State);
    }

    [Fact]
    public void A_complaint_is_overdue_only_after_a_due_time_passed_without_its_step()
    {
        var complaint = Open();

        Assert.False(complaint.IsOverdue(T0.AddHours(1)));
        Assert.True(complaint.IsResponseOverdue(T0.AddHours(1).AddTicks(1)));

        complaint.Respond("late", T0.AddHours(2));
        Assert.False(complaint.IsOverdue(T0.AddHours(23)));
        Assert.True(complaint.IsResolutionOverdue(T0.AddHours(25)));

        complaint.Resolve("done", T0.AddHours(26));
        Assert.False(complaint.IsOverdue(T0.AddDays(30)));
    }

    private static Complaint Open() => Complaint.Open(Guid.CreateVersion7(T0), "call-centre", Channel.CallCentre, "C-1001",
        "等待时间太长 waited too long", Severity.Critical, Critical, "agent-1", T0);

    private static Complaint InState(ComplaintState state)
    {
        var complaint = Open();
        if (state >= ComplaintState.Responded)
        {
            complaint.Respond("已联系客户 we called back", T0.AddMinutes(10));
        }

        if (state >= ComplaintState.Resolved)
        {
            complaint.Resolve("refunded", T0.AddHours(2));
        }

        if (state >= ComplaintState.Closed)
        {
            complaint.Close(customerInformed: true, customerSatisfied: false, T0.AddHours(3));
        }

        return complaint;
    }

    private static void Apply(Complaint complaint, Step step)
    {
        var now = T0.AddHours(5);
        switch (step)
        {
            case Step.Respond: complaint.Respond("hello", now); break;
            case Step.Resolve: complaint.Resolve("fixed", now); break;
            case Step.Close: complaint.Close(true, true, now); break;
            case Step.Reopen: complaint.Reopen("again", Critical, now); break;
        }
    }
}
