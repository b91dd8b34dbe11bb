using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Audits.Domain.Standards;
using ServiceExcellence.Contracts;

namespace ServiceExcellence.Audits.Data.Configurations;

/// <summary>
/// <c>service_standards</c> (one row per version, unique code and version; the (code, version) index also answers
/// "latest version") and <c>standard_items</c>, deleted with their version.
/// </summary>
internal sealed class StandardConfiguration : IEntityTypeConfiguration<ServiceStandard>, IEntityTypeConfiguration<StandardItem>
{
    public void Configure(EntityTypeBuilder<ServiceStandard> standard)
    {
        standard.ToTable("service_standards");
        standard.HasKey(s => s.Id);
        standard.Property(s => s.Code).HasMaxLength(ServiceStandard.MaxCodeLength);
        standard.Property(s => s.Title).HasMaxLength(ServiceStandard.MaxTitleLength);
        standard.Property(s => s.DepartmentCode).HasMaxLength(DepartmentCode.MaxLength);
        standard.Property(s => s.PublishedBy).HasMaxLength(AuditsModel.MaxPersonIdLength);
        standard.Ignore(s => s.CriticalItemCount);
        standard.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.StandardId).OnDelete(DeleteBehavior.Cascade);
        standard.HasIndex(s => new { s.Code, s.Version }).IsUnique();
        standard.HasIndex(s => new { s.DepartmentCode, s.Code });
    }

    public void Configure(EntityTypeBuilder<StandardItem> item)
    {
        item.ToTable("standard_items");
        item.HasKey(i => i.Id);
        item.Property(i => i.Text).HasMaxLength(ServiceStandard.MaxItemTextLength);
    }
}
