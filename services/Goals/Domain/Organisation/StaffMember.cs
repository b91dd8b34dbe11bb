namespace ServiceExcellence.Goals.Domain.Organisation;

/// <summary>A person in a department (and optionally a team) who can own goals and KPIs.</summary>
public sealed class StaffMember
{
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxTeamLength = 100;

    private StaffMember() { }

    /// <summary>The enterprise's own staff id (e.g. an employee number).</summary>
    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string DepartmentCode { get; private set; } = "";

    public string? Team { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public static StaffMember Register(string id, string name, string departmentCode, string? team, DateTimeOffset now) => new()
    {
        Id = id.Trim(),
        Name = name.Trim(),
        DepartmentCode = departmentCode,
        Team = string.IsNullOrWhiteSpace(team) ? null : team.Trim(),
        RegisteredAt = now,
    };
}
