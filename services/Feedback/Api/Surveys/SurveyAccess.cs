using System.Security.Claims;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Feedback.Api.Surveys;

/// <summary>Who may do what with a department's surveys (DOMAIN §1); refusals are 403 and logged.</summary>
internal static class SurveyAccess
{
    /// <summary>Designing a study is a management decision: the department's manager, or an admin.</summary>
    public static void EnsureMayDesign(ClaimsPrincipal user, string departmentCode) =>
        user.EnsureMayActIn(departmentCode, Roles.Manager);

    /// <summary>
    /// Respondents do not call the API themselves: staff enter their answers, or a survey tool sends them with an
    /// intake key. So agents, managers and intake clients of the department may submit, and admins.
    /// </summary>
    public static void EnsureMaySubmit(ClaimsPrincipal user, string departmentCode) =>
        user.EnsureMayActIn(departmentCode, Roles.Manager, Roles.Agent, Roles.Intake);

    /// <summary>Results are reports: analysts read every department's; managers and agents their own; not intake clients.</summary>
    public static void EnsureMayRead(ClaimsPrincipal user, string departmentCode)
    {
        if (!user.HasAnyRole(Roles.Analyst))
        {
            user.EnsureMayActIn(departmentCode, Roles.Manager, Roles.Agent);
        }
    }
}
