namespace ServiceExcellence.Goals.Domain.Organisation;

/// <summary>A unit of the organisation tree (e.g. <c>call-centre</c>); the master record other services copy.</summary>
public sealed class Department
{
    public const int MaxNameLength = 200;

    private Department() { }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? ParentCode { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Department Register(string code, string name, string? parentCode, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Code = code,
        Name = name.Trim(),
        ParentCode = parentCode,
        RegisteredAt = now,
        UpdatedAt = now,
    };

    /// <summary>Renames or moves the department; returns false when nothing changed.</summary>
    public bool Update(string name, string? parentCode, DateTimeOffset now)
    {
        name = name.Trim();
        if (name == Name && parentCode == ParentCode)
        {
            return false;
        }

        Name = name;
        ParentCode = parentCode;
        UpdatedAt = now;
        return true;
    }
}
