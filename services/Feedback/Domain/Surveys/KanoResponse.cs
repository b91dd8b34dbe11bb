namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>One respondent's answers to a KANO study, each feature classified by the evaluation table.</summary>
public sealed class KanoResponse
{
    private KanoResponse() { }

    public Guid Id { get; private set; }

    public Guid StudyId { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    /// <summary>Who entered it: the staff member or survey tool that submitted the sheet.</summary>
    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public List<KanoFeatureAnswer> Answers { get; private set; } = [];

    /// <summary>Records a sheet the study has already checked with <see cref="KanoStudy.CheckCoverage"/>.</summary>
    public static KanoResponse Record(
        KanoStudy study, IEnumerable<(string Feature, KanoAnswer Functional, KanoAnswer Dysfunctional)> answers,
        string recordedBy, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        return new KanoResponse
        {
            Id = id,
            StudyId = study.Id,
            DepartmentCode = study.DepartmentCode,
            RecordedBy = recordedBy,
            RecordedAt = now,
            Answers = answers
                .Select(a => KanoFeatureAnswer.Classify(id, study.Id, study.FeatureNamed(a.Feature), a.Functional, a.Dysfunctional))
                .ToList(),
        };
    }
}
