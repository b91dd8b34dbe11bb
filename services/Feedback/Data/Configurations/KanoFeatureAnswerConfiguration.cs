using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Feedback.Domain.Surveys;

namespace ServiceExcellence.Feedback.Data.Configurations;

/// <summary>
/// <c>kano_answers</c>: one row per respondent and feature. The (study, feature, category) index makes a study's
/// results one index-only grouped count, however many respondents it has.
/// </summary>
internal sealed class KanoFeatureAnswerConfiguration : IEntityTypeConfiguration<KanoFeatureAnswer>
{
    public void Configure(EntityTypeBuilder<KanoFeatureAnswer> answer)
    {
        answer.ToTable("kano_answers");
        answer.HasKey(a => new { a.ResponseId, a.Feature });
        answer.Property(a => a.Feature).HasMaxLength(KanoStudy.MaxFeatureLength);
        answer.HasIndex(a => new { a.StudyId, a.Feature, a.Category });
    }
}
