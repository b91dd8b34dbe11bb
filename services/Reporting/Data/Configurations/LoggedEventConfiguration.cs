using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Reporting.Domain.ReadModels;

namespace ServiceExcellence.Reporting.Data.Configurations;

/// <summary><c>event_log</c>: the sequence orders replay; the unique event id makes the log the inbox.</summary>
internal sealed class LoggedEventConfiguration : IEntityTypeConfiguration<LoggedEvent>
{
    public void Configure(EntityTypeBuilder<LoggedEvent> entry)
    {
        entry.ToTable(ReportingTables.EventLog);
        entry.HasKey(e => e.Sequence);
        entry.Property(e => e.Sequence).UseIdentityByDefaultColumn();
        entry.Property(e => e.EventType).HasMaxLength(300);
        entry.Property(e => e.DepartmentCode).HasMaxLength(64);
        entry.Property(e => e.Payload).HasColumnType("jsonb");
        entry.HasIndex(e => e.EventId).IsUnique();
    }
}
