namespace ServiceExcellence.Feedback.Domain.Intake;

/// <summary>Where a piece of feedback came from (DOMAIN §3); serialized kebab-case, e.g. <c>call-centre</c>.</summary>
public enum Channel
{
    Web,
    CallCentre,
    PhoneFollowUp,
    Email,
    Social,
    SurveyOnline,
    SurveyOffline,
    InPerson,
}
